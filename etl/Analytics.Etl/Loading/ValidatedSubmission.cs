using Analytics.Etl.Sources;
using Analytics.Warehouse.Store;

namespace Analytics.Etl.Loading;

/// <summary>A small submission decoded and validated in memory by a reading thread, waiting for the writer:
/// its typed rows per kind, the rows quarantined on the way, the identities and possible record-id repeats
/// to stage, how each file was read — or why it cannot load (unreadable, already loaded, or too large to
/// hold, in which case the writer streams it).</summary>
internal sealed class ValidatedSubmission(int index, Submission submission, long startTimestamp, RowLists? lists = null)
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
    public List<UnitRow> Units { get; } = lists?.Units.Take() ?? [];
    public List<PersonRow> People { get; } = lists?.People.Take() ?? [];
    public List<PositionRow> Positions { get; } = lists?.Positions.Take() ?? [];
    public List<RatingRow> Ratings { get; } = lists?.Ratings.Take() ?? [];
    public List<SummaryRow> Summaries { get; } = lists?.Summaries.Take() ?? [];
    public List<ResidenceRow> Residence { get; } = lists?.Residence.Take() ?? [];
    public List<RejectedRow> Rejects { get; } = [];
    public List<(long Key, string SourceId)> Identities { get; } = [];
    public List<(string RecordId, int Revision)> Suspects { get; } = [];

    /// <summary>The header line and separator of each file with quarantined rows, kept for `rejects --retry`.</summary>
    public List<(string File, string Header, char Separator)> Headers { get; } = [];

    /// <summary>The unit references it made and what they leaned on.</summary>
    public UnitLookups? Lookups { get; set; }

    public long Rows => Units.Count + People.Count + Positions.Count + Ratings.Count + Summaries.Count + Residence.Count + Rejects.Count;

    /// <summary>Gives the row lists back to the run's pool once the rows are committed (or will never be).</summary>
    public void Release()
    {
        if (lists is null || _released) return;
        _released = true;
        lists.Units.Give(Units);
        lists.People.Give(People);
        lists.Positions.Give(Positions);
        lists.Ratings.Give(Ratings);
        lists.Summaries.Give(Summaries);
        lists.Residence.Give(Residence);
    }

    private bool _released;

    public IReadOnlyList<FileReport> FileReports => [.. Files.Select(f => f.Report)];
}

/// <summary>Row lists reused from submission to submission within one run: a deadline's hundreds of small
/// submissions would otherwise each grow fresh lists of large row structs (most of the run's allocations).</summary>
internal sealed class RowLists
{
    public ListPool<UnitRow> Units { get; } = new();
    public ListPool<PersonRow> People { get; } = new();
    public ListPool<PositionRow> Positions { get; } = new();
    public ListPool<RatingRow> Ratings { get; } = new();
    public ListPool<SummaryRow> Summaries { get; } = new();
    public ListPool<ResidenceRow> Residence { get; } = new();
}

/// <summary>Emptied lists, shared by the reading threads (take) and the writer (give).</summary>
internal sealed class ListPool<T>
{
    private readonly System.Collections.Concurrent.ConcurrentBag<List<T>> _lists = [];

    public List<T> Take() => _lists.TryTake(out var list) ? list : [];

    public void Give(List<T> list)
    {
        list.Clear();
        _lists.Add(list);
    }
}
