using Analytics.Warehouse.Store;

namespace Analytics.Etl.Loading;

/// <summary>What happened to a submission.</summary>
public enum IngestStatus
{
    /// <summary>Committed as a new batch.</summary>
    Loaded,
    /// <summary>The same content was seen before; nothing changed.</summary>
    AlreadyLoaded,
    /// <summary>A file could not be read at all; nothing of it loaded.</summary>
    Rejected,
}

/// <summary>The outcome of ingesting one submission, for printing and for tests.</summary>
public sealed record IngestReport(
    string Submission,
    IngestStatus Status,
    long BatchId,
    BatchOutcome? Outcome,
    string? Reason,
    IReadOnlyList<FileReport> Files,
    IReadOnlyList<string> Warnings,
    TimeSpan Elapsed,
    TimeSpan CommitElapsed = default);
