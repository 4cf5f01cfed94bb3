using Analytics.Etl.Sources;
using Analytics.Warehouse.Store;

namespace Analytics.Etl.Loading;

/// <summary>A small submission decoded and validated in memory by a reading thread, waiting for the writer:
/// its typed rows per kind, the rows quarantined on the way, the identities and possible record-id repeats
/// to stage, how each file was read — or why it cannot load (unreadable, already loaded, or too large to
/// hold, in which case the writer streams it).</summary>
internal sealed class ValidatedSubmission(int index, Submission submission, long startTimestamp)
{
    public int Index { get; } = index;
    public Submission Submission { get; } = submission;
    public long StartTimestamp { get; } = startTimestamp;
    public string? Hash { get; set; }

    /// <summary>Why the content could not even be hashed (nothing is recorded then, as before any batch).</summary>
    public string? UnhashableReason { get; set; }

    /// <summary>Why a file of it could not be read at all: the submission is recorded as rejected.</summary>
    public string? RejectedReason { get; set; }

    /// <summary>Too large to hold in memory: the writer streams it into its own transaction.</summary>
    public bool Streamed { get; set; }

    public List<string> Warnings { get; } = [];
    public List<(short No, FileReport Report)> Files { get; } = [];
    public List<UnitRow> Units { get; } = [];
    public List<PersonRow> People { get; } = [];
    public List<PositionRow> Positions { get; } = [];
    public List<RatingRow> Ratings { get; } = [];
    public List<SummaryRow> Summaries { get; } = [];
    public List<ResidenceRow> Residence { get; } = [];
    public List<RejectedRow> Rejects { get; } = [];
    public List<(long Key, string SourceId)> Identities { get; } = [];
    public List<(string RecordId, int Revision)> Suspects { get; } = [];

    /// <summary>The header line and separator of each file with quarantined rows, kept for `rejects --retry`.</summary>
    public List<(string File, string Header, char Separator)> Headers { get; } = [];

    /// <summary>The unit references it made and what they leaned on.</summary>
    public UnitLookups? Lookups { get; set; }

    public long Rows => Units.Count + People.Count + Positions.Count + Ratings.Count + Summaries.Count + Residence.Count + Rejects.Count;

    public IReadOnlyList<FileReport> FileReports => [.. Files.Select(f => f.Report)];
}
