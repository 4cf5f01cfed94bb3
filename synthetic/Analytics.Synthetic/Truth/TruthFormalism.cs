namespace Analytics.Synthetic;

/// <summary>One unit made formalistic in one period, with the signals it was made to show.</summary>
public sealed record TruthFormalism(string Period, string UnitCode, IReadOnlyList<string> Signals);
