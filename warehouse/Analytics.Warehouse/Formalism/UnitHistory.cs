namespace Analytics.Warehouse.Formalism;

/// <summary>What the other periods of the same grain say about a unit: how many periods in a row
/// before this one had the very same level shares, whether the period before exists (and how alike
/// it is), and across every period in the warehouse how often the unit sat at the quota ceiling.</summary>
internal sealed record UnitHistory(double? SameAsBefore, int SameStreak, int CeilingPeriods, int QuotaPeriods);
