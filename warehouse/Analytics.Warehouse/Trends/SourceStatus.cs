namespace Analytics.Warehouse.Trends;

/// <summary>One source's delivery for a quarter's rating year: how many reporting units were
/// expected (from configuration, or else the units that delivered the year before and still
/// exist), how many of them delivered, how many delivered unexpectedly, and how old its latest
/// loaded batch is at the moment of measuring.</summary>
public sealed record SourceStatus(
    string Source, int Expected, int Delivered, int Unexpected, bool ExpectedFromConfiguration,
    DateTime? LastDelivery, double? AgeDays, TimeSpan? MaxAge)
{
    /// <summary>Delivered share of the expected units (1 when nothing was expected).</summary>
    public double Completeness => Expected == 0 ? 1 : (double)Delivered / Expected;

    /// <summary>The latest delivery is older than the configured limit (false without a limit).</summary>
    public bool Stale => MaxAge is { } max && (AgeDays is not { } age || age > max.TotalDays);
}
