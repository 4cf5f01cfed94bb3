namespace Analytics.Warehouse.Checks;

/// <summary>What a run of the freshness check found for one source and period: the R11 findings of
/// units that delivered nothing (<see cref="New"/> of them not held before), the expected units that
/// did deliver, and how many earlier findings their deliveries resolved.</summary>
public sealed record FreshnessResult(long RunId, string Source, string Period, DateOnly Deadline,
    IReadOnlyList<Finding> Findings, IReadOnlyList<string> Delivered, int New, int ResolvedByData);
