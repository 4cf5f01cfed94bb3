namespace Analytics.Warehouse.Trends;

/// <summary>How many findings that still hold a rule has in an area.</summary>
public sealed record FindingCount(string Rule, string AreaCode, string AreaName, long Count);
