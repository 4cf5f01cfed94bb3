namespace Analytics.Synthetic;

/// <summary>A grassroots party organisation expected to report for a period (the configuration R11 checks).</summary>
public sealed record TruthExpectedUnit(string Period, string UnitCode);
