using Analytics.Etl.Decoding;
using Analytics.Etl.Loading;
using Analytics.Warehouse.Store;

namespace Analytics.Etl.Sources;

/// <summary>Pulls one configured source: <see cref="Fetch"/> extracts and lands the raw data under
/// landingRoot/&lt;source&gt;/&lt;utc-stamp&gt;/ (no warehouse access, may run on any thread or server);
/// <see cref="Load"/> ingests what was fetched through the same decoding and validation as
/// `analytics ingest`, one batch per submission, moving the watermark in the batch's own transaction;
/// <see cref="Pull"/> does both at once, loading rows while later ones are still being extracted.</summary>
public sealed class SourcePuller
{
    private const string TouchedPeriodsSql = """
        SELECT DISTINCT period_code(period_kind, period_year, period_no) FROM rating WHERE batch_id = $1
        """;

    private readonly SourceSettings _source;
    private readonly string _landingRoot;
    private readonly FileDropSource? _drop;
    private readonly IExtractingConnector? _extractor;

    public SourcePuller(SourceSettings source, string landingRoot, HttpMessageHandler? handler = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentException.ThrowIfNullOrWhiteSpace(landingRoot);
        SourceCatalog.Validate(source);
        _source = source;
        _landingRoot = landingRoot;
        switch (source.Kind)
        {
            case "drop": _drop = new FileDropSource(source, landingRoot); break;
            case "http": _extractor = new HttpSource(source, handler); break;
            case "sqlite": _extractor = new SqliteSource(source); break;
            default: _extractor = new PostgresSource(source); break;
        }
    }

    /// <summary>The source this puller reads.</summary>
    public SourceSettings Source => _source;

    /// <summary>Extraction only: pulls what changed after <paramref name="since"/> (null = everything)
    /// and lands it. Source failures (unreachable, refused, malformed) come back in
    /// <see cref="FetchResult.Errors"/>; a malformed page also comes back as a submission that the load
    /// records as rejected with the reason.</summary>
    public FetchResult Fetch(string? since, CancellationToken cancellationToken)
    {
        if (_drop is not null) return _drop.Fetch(since, cancellationToken);
        using var landing = new LandingFolder(_landingRoot, _source);
        Extraction extraction;
        try
        {
            extraction = _extractor!.Extract(since, landing, cancellationToken);
        }
        finally
        {
            landing.Finish(null);
        }
        return Result(landing, extraction);
    }

    private FetchResult Result(LandingFolder landing, Extraction extraction) => extraction switch
    {
        { Errors.Count: 0 } => new FetchResult(
            _source.Name, landing.Submission(_extractor!.Connector) is { } s ? [s] : [], extraction.Watermark, []),
        { Rejects: true } => new FetchResult(_source.Name,
            [Submission.Unreadable(landing.Name, _extractor!.Connector, landing.Path, extraction.Errors[0])], null, extraction.Errors),
        _ => new FetchResult(_source.Name, [], null, extraction.Errors),
    };

    /// <summary>Ingests each fetched submission as its own batch (serialised per warehouse file), files
    /// drop-folder items under archive/ or rejected/, and moves the watermark with the batch.</summary>
    public PullReport Load(FetchResult fetched, SubmissionIngestor ingestor, WarehouseStore store)
    {
        ArgumentNullException.ThrowIfNull(fetched);
        ArgumentNullException.ThrowIfNull(ingestor);
        ArgumentNullException.ThrowIfNull(store);
        lock (WarehouseWriter.For(store.Path))
        {
            var loaded = new List<(Submission, IngestReport)>();
            var errors = new List<string>(fetched.Errors);
            // A SQL or HTTP fetch is one submission: its watermark commits with it.
            var advance = fetched.Watermark is { } mark && fetched.Submissions.Count == 1 && errors.Count == 0
                ? () => SourceState.Advance(store, _source.Name, mark) : (Action?)null;
            // Drop items load as one run (many at once, see IngestAll); a fetch with a watermark is one submission.
            var reports = advance is null
                ? ingestor.IngestAll(fetched.Submissions, _source.Name, null, recordUnhashable: true)
                : [.. fetched.Submissions.Select(submission => ingestor.Ingest(submission, _source.Name, advance))];
            for (var i = 0; i < reports.Count; i++)
            {
                // Same content: the watermark may move all the same.
                if (reports[i].Status == IngestStatus.AlreadyLoaded) advance?.Invoke();
                loaded.Add((fetched.Submissions[i], Recorded(fetched.Submissions[i], reports[i], store, errors)));
            }
            _drop?.Settle(loaded, store);
            LandingRetention.MarkLoaded(_landingRoot, loaded);   // what is safely loaded may be purged after the retention
            return Report(loaded, errors, store);
        }
    }

    /// <summary>Fetch and load at once: for a SQL or HTTP source the load starts as soon as the first
    /// rows are landed and reads them while the rest is extracted (the content hash is checked before
    /// the commit); a drop folder is fetched, then loaded. What it lands and loads is what
    /// <see cref="Fetch"/> and <see cref="Load"/> would.</summary>
    public PullReport Pull(string? since, SubmissionIngestor ingestor, WarehouseStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ingestor);
        ArgumentNullException.ThrowIfNull(store);
        if (_extractor is null) return Load(Fetch(since, cancellationToken), ingestor, store);
        using var landing = new LandingFolder(_landingRoot, _source);
        var extraction = Task.Run(() =>
        {
            try
            {
                var result = _extractor.Extract(since, landing, cancellationToken);
                landing.Finish(result.Errors.Count == 0 ? null : new IOException(result.Errors[0]));
                return result;
            }
            catch (Exception e)
            {
                landing.Finish(e);
                throw;
            }
        }, cancellationToken);
        WaitHandle.WaitAny([landing.FirstRows, ((IAsyncResult)extraction).AsyncWaitHandle]);
        if (extraction.IsCompleted) return Load(Result(landing, extraction.GetAwaiter().GetResult()), ingestor, store);

        lock (WarehouseWriter.For(store.Path))
        {
            string? watermark = null;
            var errors = new List<string>();
            var submission = landing.Arriving(_extractor.Connector);
            var report = ingestor.IngestArriving(submission, _source.Name,
                lateHash: () =>
                {
                    var result = extraction.GetAwaiter().GetResult();
                    if (result.Errors.Count > 0) throw new FileUnreadableException(result.Errors[0]);
                    watermark = result.Watermark;
                    return ContentHash.Of(landing.Submission(_extractor.Connector)
                        ?? throw new InvalidOperationException("rows were offered to the loader but no kind kept any"));
                },
                withCommit: () => { if (watermark is not null) SourceState.Advance(store, _source.Name, watermark); });
            try { errors.AddRange(extraction.GetAwaiter().GetResult().Errors); }
            catch (Exception e) when (e is not OperationCanceledException) { errors.Add($"source '{_source.Name}': {e.Message}"); }
            if (report.Status == IngestStatus.AlreadyLoaded && watermark is not null) SourceState.Advance(store, _source.Name, watermark);
            List<(Submission, IngestReport)> loaded = [(submission, Recorded(submission, report, store, errors))];
            LandingRetention.MarkLoaded(_landingRoot, loaded);
            return Report(loaded, errors, store);
        }
    }

    /// <summary>A submission rejected before any file was opened (a refused archive, a malformed page) is
    /// recorded as a rejected batch all the same; every rejection is an error of the pull.</summary>
    private IngestReport Recorded(Submission submission, IngestReport report, WarehouseStore store, List<string> errors)
    {
        if (report is { Status: IngestStatus.Rejected, BatchId: 0 })
        {
            var id = store.RecordRejectedSubmission(
                new BatchInfo(_source.Name, submission.Connector, submission.Location, ""), report.Reason ?? "unreadable", []);
            report = report with { BatchId = id };
        }
        if (report.Status == IngestStatus.Rejected && !errors.Any(e => report.Reason?.Contains(e, StringComparison.Ordinal) == true))
            errors.Add($"{submission.Name}: {report.Reason}");
        return report;
    }

    private PullReport Report(List<(Submission, IngestReport)> loaded, List<string> errors, WarehouseStore store)
    {
        var periods = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (_, report) in loaded.Where(l => l.Item2.Status == IngestStatus.Loaded))
            foreach (var period in store.Rows(TouchedPeriodsSql, r => r.GetString(0), report.BatchId)) periods.Add(period);
        var success = errors.Count == 0;
        SourceState.Record(store, _source.Name, success, success ? null : string.Join("\n", errors));
        return new PullReport(_source.Name, [.. loaded.Select(l => l.Item2)], [.. periods], Watermark(store, _source.Name), errors);
    }

    /// <summary>The watermark stored for <paramref name="source"/> by its last committed pull, or null.</summary>
    public static string? Watermark(WarehouseStore store, string source)
    {
        ArgumentNullException.ThrowIfNull(store);
        return SourceState.Watermark(store, source);
    }
}
