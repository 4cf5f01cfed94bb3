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
}

/// <summary>Progress of a long file: rows read so far.</summary>
public readonly record struct IngestProgress(string Submission, string File, long Rows, TimeSpan Elapsed);
