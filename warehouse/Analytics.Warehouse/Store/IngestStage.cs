namespace Analytics.Warehouse.Store;

/// <summary>The stages of an ingest that <see cref="StageTimings"/> records, in pipeline order.</summary>
public static class IngestStage
{
    public const string Hash = "content hash";
    public const string Lookup = "already loaded?";
    public const string Begin = "begin batch";
    public const string Registry = "unit registry";
    public const string Decode = "decode + validate";
    public const string Revalidate = "validate again (units)";
    public const string Wait = "writer waits for rows";
    public const string Append = "append";
    public const string Files = "lineage: files";
    public const string Units = "merge units";
    public const string People = "merge people, identities";
    public const string RatingChecks = "set checks: ratings";
    public const string FactChecks = "set checks: other facts";
    public const string Counts = "counts, batch rows";
    public const string Commit = "commit";
    public const string Checkpoint = "checkpoint (end of run)";
    public const string Rejected = "rejected submissions";
    public const string Fallback = "group failed: one by one";
}
