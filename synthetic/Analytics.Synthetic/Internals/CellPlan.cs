namespace Analytics.Synthetic;

/// <summary>One party cell of a bloc: its kind, name and member count. In a merged commune the office
/// cells of the old communes become one, and each village cell carries on under a new code.</summary>
internal sealed record CellPlan(CellKind Kind, string Name, int Size);
