namespace Analytics.Synthetic;

/// <summary>One planted violation as truth.json lists it: rule, period ("2024"), subject (unit or
/// person, the id as delivered), the unit of review, and a note in plain words.</summary>
public sealed record TruthViolation(string Rule, string Period, string SubjectKind, string SubjectId, string UnitCode, string Note);
