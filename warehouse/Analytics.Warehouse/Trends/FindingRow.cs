namespace Analytics.Warehouse.Trends;

/// <summary>A finding with its unit's name and area, whether it still holds, its review status and
/// when a run first found it.</summary>
public sealed record FindingRow(
    string FindingId, string Rule, string RuleSet, string Period, string SubjectKind, string SubjectId,
    string UnitCode, string UnitName, string AreaCode, string Severity, string Message, string Regulation,
    bool Holds, string Status, DateTime? FirstSeen);
