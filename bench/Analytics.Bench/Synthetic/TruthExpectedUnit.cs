namespace Analytics.Bench.Synthetic;

/// <summary>A grassroots party organisation expected to report for a period (the configuration R11 checks).</summary>
internal sealed record TruthExpectedUnit(string Period, string UnitCode);
