using System.Diagnostics;
using Analytics.Etl.Sources;
using Analytics.Etl.Validation;
using Analytics.Warehouse.Store;

namespace Analytics.Etl.Loading;

/// <summary>Many submissions at the speed of one file: reading threads decode and validate whole small
/// submissions in memory while this thread (the one that owns the DuckDB connection) appends them, each as
/// its own batch, to a group that commits with one set of checks and merges (<see cref="BatchWriter"/>). What
/// the warehouse holds afterwards, batch by batch, is what ingesting them one after another holds: reports
/// come back in submission order; a submission that cannot be read is recorded as rejected; a reference to a
/// unit another submission delivers is judged as at its turn; and when a group fails to commit, its batches
/// are loaded one by one, so that only the one at fault fails. Large submissions are streamed in their own
/// transaction at their turn.</summary>
internal sealed partial class SubmissionRun
{
    private const int MaxGroupBatches = 500;

    private readonly SubmissionIngestor _ingestor;
    private readonly WarehouseStore _store;
    private readonly PersonKeys _keys;
    private readonly IngestOptions _options;
    private readonly string _source;
    private readonly IReadOnlyList<Submission> _submissions;
    private readonly bool _recordUnhashable;
    private readonly IReadOnlyDictionary<string, PriorBatch> _loadedAtStart;   // what the reading threads consult
    private readonly Dictionary<string, PriorBatch> _loaded;                    // … and the writer's, kept up to date
    private readonly HashSet<string> _registry;                 // units in the warehouse when the run began
    private readonly HashSet<string> _known;                    // units in the warehouse or the open group
    private readonly RunUnits _runUnits = new();
    private readonly RowLists _lists = new();
    private readonly List<(ValidatedSubmission Submission, long BatchId)> _group = [];
    private readonly IngestReport?[] _reports;
    private BatchWriter? _writer;
    private bool _committed;
    private int _reported;

    /// <summary>A run over <paramref name="submissions"/>; <paramref name="recordUnhashable"/>: a submission that
    /// cannot even be hashed is recorded as a rejected batch at its turn (else it is only reported).</summary>
    public SubmissionRun(SubmissionIngestor ingestor, WarehouseStore store, PersonKeys keys, IngestOptions options, string source,
        IReadOnlyList<Submission> submissions, bool recordUnhashable)
    {
        (_ingestor, _store, _keys, _options, _source, _submissions) = (ingestor, store, keys, options, source, submissions);
        _recordUnhashable = recordUnhashable;
        _loaded = store.LoadedBatches();
        _loadedAtStart = new Dictionary<string, PriorBatch>(_loaded, StringComparer.Ordinal);
        _registry = new HashSet<string>(store.Rows(RegistryUnits, r => r.GetString(0)), StringComparer.Ordinal);
        _known = new HashSet<string>(_registry, StringComparer.Ordinal);
        _reports = new IngestReport?[submissions.Count];
    }

    private const string RegistryUnits = "SELECT DISTINCT unit_code FROM unit_observation";

    /// <summary>The report of every submission, in order, each as soon as it and those before it are final.</summary>
    public IEnumerable<IngestReport> Run()
    {
        using var reading = new ReadingThreads(this);
        try
        {
            for (var i = 0; i < _submissions.Count; i++)
            {
                _options.Cancellation.ThrowIfCancellationRequested();   // the open group is rolled back below
                var wait = Stopwatch.GetTimestamp();
                var submission = reading.Take(i);
                _options.Timings?.Since(IngestStage.Wait, wait);
                Admit(submission);
                foreach (var report in Final()) yield return report;
            }
            Flush();
            if (_committed)
            {
                var start = Stopwatch.GetTimestamp();
                _store.Checkpoint();
                _options.Timings?.Since(IngestStage.Checkpoint, start);
            }
            foreach (var report in Final()) yield return report;
        }
        finally
        {
            _writer?.Dispose();
            _writer = null;
        }
    }

    private IEnumerable<IngestReport> Final()
    {
        while (_reported < _reports.Length && _reports[_reported] is { } report)
        {
            _reported++;
            yield return report;
        }
    }

    /// <summary>The submission's turn: already loaded, unreadable, streamed, or appended to the open group.</summary>
    private void Admit(ValidatedSubmission v)
    {
        var clock = Stopwatch.GetElapsedTime(v.StartTimestamp);
        if (v.UnhashableReason is { } unhashable)
        {
            // Not even hashed: nothing is recorded, unless the caller keeps a record of every delivery (a pull).
            if (!_recordUnhashable)
            {
                _reports[v.Index] = new IngestReport(v.Submission.Name, IngestStatus.Rejected, 0, null, unhashable, [], [], clock);
                v.Release();
                return;
            }
            (v.Hash, v.RejectedReason) = ("", unhashable);
        }
        else if (v.Streamed)
        {
            Flush();
            _reports[v.Index] = Streamed(v.Submission);
            v.Release();
            return;
        }
        else
        {
            if (_group.Any(g => g.Submission.Hash == v.Hash)) Flush();   // the same content twice: the second sees the first loaded
            if (_loaded.TryGetValue(v.Hash!, out var prior))
            {
                _reports[v.Index] = SubmissionIngestor.Already(v.Submission, prior, clock);
                v.Release();
                return;
            }
            if (v.RejectedReason is null && (v.Lookups is null || !v.Lookups.StandAgainst(_known))) v = Revalidate(v);
        }
        if (_writer is not null && (Overlaps(v) || _writer.Rows + v.Rows > _options.GroupRows || _writer.BatchCount >= MaxGroupBatches))
            Flush();
        Append(v);
    }

    /// <summary>Validates again on this thread, against the units known at the submission's turn.</summary>
    private ValidatedSubmission Revalidate(ValidatedSubmission v)
    {
        var start = Stopwatch.GetTimestamp();
        v.Release();
        var fresh = new ValidatedSubmission(v.Index, v.Submission, v.StartTimestamp, _lists) { Hash = v.Hash };
        new SubmissionReader(_keys, _options with { Timings = null }).Validate(fresh, new UnitLookups(_known, new RunUnits(), v.Index));
        _options.Timings?.Since(IngestStage.Revalidate, start);
        return fresh;
    }

    /// <summary>Batches of one group share no unit and no person: their merges would depend on each other.</summary>
    private bool Overlaps(ValidatedSubmission v) =>
        v.Units.Any(u => _writer!.Holds(u.UnitCode)) || v.People.Any(p => _writer!.Holds(p.PersonKey));

    /// <summary>A large submission in its own transaction, streamed as `Ingest` does (its content hash is
    /// looked up there: a later copy of it is large too).</summary>
    private IngestReport Streamed(Submission submission)
    {
        var report = _ingestor.Ingest(submission, _source);
        if (report.Status == IngestStatus.Loaded) _known.UnionWith(_store.Rows(RegistryUnits, r => r.GetString(0)));
        return report;
    }
}
