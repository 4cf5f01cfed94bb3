namespace Analytics.Warehouse.Trends;

/// <summary>What a trend query is narrowed to. Every field is optional; <see cref="AreaScope"/> is a
/// security boundary (an area analyst's areas): when set, no row of another area reaches the result,
/// because the SQL itself filters on it.</summary>
public sealed record TrendFilter(
    int? FromYear = null,
    int? ToYear = null,
    string? AreaCode = null,
    string? UnitKind = null,
    string? Role = null,
    string? UnitCode = null,
    IReadOnlyCollection<string>? AreaScope = null)
{
    /// <summary>No narrowing at all.</summary>
    public static TrendFilter None { get; } = new();
}
