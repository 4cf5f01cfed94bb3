namespace Analytics.Warehouse.Store;

/// <summary>One batch of a <see cref="BatchWriter"/>'s group while it is being written: its id and origin,
/// its files, how many rows of each kind were appended and quarantined row by row, and — for a submission
/// that could not be read at all — the reason it is recorded as rejected.</summary>
internal sealed class PendingBatch(long id, BatchInfo info)
{
    public long Id { get; } = id;
    public BatchInfo Info { get; set; } = info;
    public List<(short No, FileReport Report)> Files { get; } = [];
    public Dictionary<string, long> Appended { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, long> RowRejects { get; } = new(StringComparer.Ordinal);
    public short LastFile { get; set; }
    public string? RejectedReason { get; set; }

    public long Rows => Appended.Values.Sum() + RowRejects.Values.Sum();

    public void Count(string kind) => Appended[kind] = Appended.GetValueOrDefault(kind) + 1;
}
