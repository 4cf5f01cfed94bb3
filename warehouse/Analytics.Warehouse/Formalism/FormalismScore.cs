namespace Analytics.Warehouse.Formalism;

/// <summary>One unit's formalism score for one period, as `analytics formalism` writes it: score in
/// [0,1] (null when too small), rank within the period (1 = highest risk), the signals that drove it
/// (codes of FormalismSignals, strongest first).</summary>
public sealed record FormalismScore(string Period, string UnitCode, double? Score, int? Rank, IReadOnlyList<string> Signals, bool TooSmall);
