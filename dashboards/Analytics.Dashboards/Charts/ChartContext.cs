using Analytics.Warehouse.Trends;

namespace Analytics.Dashboards.Charts;

/// <summary>What a chart needs beyond the filter: the quarter it reports on (<c>2025-Q4</c>; null =
/// the latest rating year in the warehouse), the excellent quota (R01: HTXSNV at most this share of
/// HTTNV, default 0.20), the sources' expected units and freshness limits (null: the units that
/// delivered the year before are expected), and the moment freshness is measured at (null: now).</summary>
public sealed record ChartContext(
    string? Quarter = null,
    double ExcellentQuota = 0.20,
    IReadOnlyDictionary<string, SourceExpectation>? Expectations = null,
    DateTime? AsOf = null)
{
    /// <summary>The latest year, the 20% quota, expectations derived from the year before, now.</summary>
    public static ChartContext Default { get; } = new();
}
