namespace Analytics.Dashboards.Charts;

/// <summary>What a chart is narrowed to (the web page's filters). <see cref="AreaScope"/>: when
/// non-null, only these areas' data may appear — a security scope enforced in the SQL.</summary>
public sealed record ChartFilter(
    int? FromYear = null,
    int? ToYear = null,
    string? AreaCode = null,
    string? UnitKind = null,
    string? Role = null,
    string? UnitCode = null,
    IReadOnlyCollection<string>? AreaScope = null)
{
    /// <summary>No narrowing: the whole province, every year.</summary>
    public static ChartFilter None { get; } = new();

    internal Analytics.Warehouse.Trends.TrendFilter ToTrend() =>
        new(FromYear, ToYear, AreaCode, UnitKind, Role, UnitCode, AreaScope);
}
