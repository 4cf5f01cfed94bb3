namespace Analytics.Warehouse.Trends;

/// <summary>What a configured source is expected to deliver: the reporting units (unit codes) that
/// must report each period, and how old its latest delivery may be before it counts as stale.</summary>
public sealed record SourceExpectation(IReadOnlyCollection<string> ExpectedUnits, TimeSpan? MaxAge = null);
