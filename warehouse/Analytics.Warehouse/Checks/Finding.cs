namespace Analytics.Warehouse.Checks;

/// <summary>One finding, in the columns of docs/interchange.md (`analytics check` output), with its
/// evidence as JSON.</summary>
public sealed record Finding(
    string Rule, string RuleSet, string Period, string SubjectKind, string SubjectId, string UnitCode,
    string Severity, string Message, string Regulation, string? Evidence);

/// <summary>What a run of the checks found, and how the stored findings changed.</summary>
public sealed record CheckRunResult(long RunId, string Period, string RuleSet, IReadOnlyList<string> Rules,
    IReadOnlyList<Finding> Findings, int New, int StillHolding, int ResolvedByData, TimeSpan Elapsed,
    TimeSpan PrepareElapsed, IReadOnlyDictionary<string, TimeSpan> RuleElapsed);
