namespace Analytics.Synthetic;

/// <summary>The kinds of party cell a bloc has. The office cell (chi bộ cơ quan) holds the leaders and
/// the civil servants who are members; village cells hold residents (and give residence comments).</summary>
internal enum CellKind
{
    Office,
    Police,
    Military,
    Village,
    Department,
}
