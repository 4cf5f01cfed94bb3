using Analytics.Etl.Decoding;
using Analytics.Warehouse.Store;

namespace Analytics.Etl.Loading;

/// <summary>How to ingest. Immutable; change with <c>with</c>.</summary>
public sealed record IngestOptions
{
    /// <summary>The source system name; record ids are unique within it. Default "file-drop".</summary>
    public string Source { get; init; } = "file-drop";

    /// <summary>Declared encoding for every file, overriding detection. Default: detect per file.</summary>
    public SourceEncoding? Encoding { get; init; }

    /// <summary>Progress is reported every this many rows of a file. Default 500,000.</summary>
    public long ProgressEvery { get; init; } = 500_000;

    /// <summary>Where each stage's time is recorded (`ingest --timings`). Default: not recorded.</summary>
    public StageTimings? Timings { get; init; }

    /// <summary>Threads that decode and validate submissions while one writer appends (many submissions at
    /// once). Default: one per processor.</summary>
    public int Readers { get; init; } = Environment.ProcessorCount;

    /// <summary>A submission larger than this (bytes over its files) is streamed into its own transaction
    /// instead of being validated in memory and committed with others. Default 4 MiB.</summary>
    public long LargeSubmissionBytes { get; init; } = 4L << 20;

    /// <summary>Small submissions are committed together, up to about this many rows a transaction (each
    /// still its own batch, judged as if loaded alone). Default 500,000.</summary>
    public long GroupRows { get; init; } = 500_000;

    /// <summary>Stops a many-submission ingest before the next submission's turn: what is committed stays,
    /// the group being appended is rolled back whole (Ctrl-C on the CLI).</summary>
    public CancellationToken Cancellation { get; init; }
}

/// <summary>Progress of a long file: rows read so far.</summary>
public readonly record struct IngestProgress(string Submission, string File, long Rows, TimeSpan Elapsed);
