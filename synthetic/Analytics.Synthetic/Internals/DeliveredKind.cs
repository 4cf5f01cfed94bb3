namespace Analytics.Synthetic;

/// <summary>The six files of a delivered submission (interchange v1), in the order the generator opens
/// them. The generator's own names, not the loader's: the truth must not lean on the code it tests.</summary>
internal enum DeliveredKind
{
    Units,
    People,
    Positions,
    Ratings,
    Summaries,
    Residence,
}
