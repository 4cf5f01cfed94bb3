namespace Analytics.Warehouse.Store;

/// <summary>Where a batch came from: the source name, the connector, the submission's location and
/// the SHA-256 of its content (the idempotency key).</summary>
public sealed record BatchInfo(string Source, string Connector, string Submission, string ContentHash);

/// <summary>A batch already recorded for the same content.</summary>
public sealed record PriorBatch(long BatchId, string Status, string Submission, string? Reason);

/// <summary>What a committed batch did, per record kind and in total.</summary>
public sealed record BatchOutcome(long BatchId, IReadOnlyDictionary<string, KindCounts> Kinds)
{
    public long Read => Kinds.Values.Sum(k => k.Read);
    public long Loaded => Kinds.Values.Sum(k => k.Loaded);
    public long Unchanged => Kinds.Values.Sum(k => k.Unchanged);
    public long Quarantined => Kinds.Values.Sum(k => k.Quarantined);
}

/// <summary>Rows read = loaded + unchanged + quarantined, for one record kind of one batch.</summary>
public sealed record KindCounts(long Read, long Loaded, long Unchanged, long Quarantined);
