namespace Analytics.Warehouse.Checks;

/// <summary>A regulation check as data (Checks/Rules/Rnn.sql): its code, titles, the rule sets
/// (rating-year frameworks) it applies under, severity, the regulation it rests on, and one
/// parameterised query returning the evidence rows.</summary>
public sealed record CheckRule(
    string Code,
    string TitleVi,
    string TitleEn,
    IReadOnlyList<string> RuleSets,
    string Severity,
    string Regulation,
    bool YearsOnly,
    string Sql);
