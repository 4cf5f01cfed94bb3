namespace Analytics.Synthetic;

/// <summary>A row written to be quarantined: submission folder, file, line (header = 1) and the reason
/// code the loader gives (UNKNOWN_LEVEL, BAD_PERIOD, UNKNOWN_UNIT, MISSING_FIELD, BAD_DATE).</summary>
public sealed record TruthBadRow(string Submission, string File, long Line, string Reason);
