namespace Analytics.Warehouse.Trends;

/// <summary>A scored unit of a period: score in [0,1], its rank in the province, and the signals
/// that drove it (codes such as rubber_stamp, inflation, strongest first).</summary>
public sealed record FormalismUnit(
    string Period, string UnitCode, string UnitName, string AreaCode, double Score, int? Rank, IReadOnlyList<string> Signals);
