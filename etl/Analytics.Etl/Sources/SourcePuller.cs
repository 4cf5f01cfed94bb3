using Analytics.Etl.Loading;
using Analytics.Warehouse.Store;

namespace Analytics.Etl.Sources;

/// <summary>Pulls one configured source: <see cref="Fetch"/> extracts and lands the raw data under
/// landingRoot/&lt;source&gt;/&lt;utc-stamp&gt;/ (no warehouse access, may run on any thread or server);
/// <see cref="Load"/> ingests what was fetched through the same decoding and validation as
/// `analytics ingest`, one batch per submission, and only then moves the watermark.</summary>
public sealed class SourcePuller
{
    private const string TouchedPeriodsSql = """
        SELECT DISTINCT period_code(period_kind, period_year, period_no) FROM rating WHERE batch_id = $1
        """;

    private readonly SourceSettings _source;
    private readonly ISourceConnector _connector;

    public SourcePuller(SourceSettings source, string landingRoot, HttpMessageHandler? handler = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentException.ThrowIfNullOrWhiteSpace(landingRoot);
        SourceCatalog.Validate(source);
        _source = source;
        _connector = source.Kind switch
        {
            "drop" => new FileDropSource(source, landingRoot),
            "http" => new HttpSource(source, landingRoot, handler),
            "sqlite" => new SqliteSource(source, landingRoot),
            _ => new PostgresSource(source, landingRoot),
        };
    }

    /// <summary>The source this puller reads.</summary>
    public SourceSettings Source => _source;

    /// <summary>Extraction only: pulls what changed after <paramref name="since"/> (null = everything)
    /// and lands it. Source failures (unreachable, refused, malformed) come back in
    /// <see cref="FetchResult.Errors"/>; a malformed page also comes back as a submission that the load
    /// records as rejected with the reason.</summary>
    public FetchResult Fetch(string? since, CancellationToken cancellationToken) => _connector.Fetch(since, cancellationToken);

    /// <summary>Ingests each fetched submission as its own batch (serialised per warehouse file), files
    /// drop-folder items under archive/ or rejected/, and records the watermark once all committed.</summary>
    public PullReport Load(FetchResult fetched, SubmissionIngestor ingestor, WarehouseStore store)
    {
        ArgumentNullException.ThrowIfNull(fetched);
        ArgumentNullException.ThrowIfNull(ingestor);
        ArgumentNullException.ThrowIfNull(store);
        lock (WarehouseWriter.For(store.Path))
        {
            var loaded = new List<(Submission, IngestReport)>();
            var errors = new List<string>(fetched.Errors);
            var periods = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var submission in fetched.Submissions)
            {
                var report = ingestor.Ingest(submission, _source.Name);
                if (report is { Status: IngestStatus.Rejected, BatchId: 0 })
                {
                    // Unreadable before any file was opened (a refused archive, a malformed page): record it all the same.
                    var id = store.RecordRejectedSubmission(new BatchInfo(_source.Name, submission.Connector, submission.Location, ""), report.Reason ?? "unreadable", []);
                    report = report with { BatchId = id };
                }
                if (report.Status == IngestStatus.Rejected && !errors.Any(e => report.Reason?.Contains(e, StringComparison.Ordinal) == true))
                    errors.Add($"{submission.Name}: {report.Reason}");
                if (report.Status == IngestStatus.Loaded)
                    foreach (var period in store.Rows(TouchedPeriodsSql, r => r.GetString(0), report.BatchId)) periods.Add(period);
                loaded.Add((submission, report));
            }
            if (_connector is FileDropSource drop) drop.Settle(loaded, store);
            var committed = errors.Count == 0 && loaded.All(l => l.Item2.Status != IngestStatus.Rejected);
            var watermark = committed ? fetched.Watermark : null;
            SourceState.Record(store, _source.Name, watermark, committed, errors.Count == 0 ? null : string.Join("\n", errors));
            return new PullReport(_source.Name, [.. loaded.Select(l => l.Item2)], [.. periods], Watermark(store, _source.Name), errors);
        }
    }

    /// <summary>The watermark stored for <paramref name="source"/> by its last committed pull, or null.</summary>
    public static string? Watermark(WarehouseStore store, string source)
    {
        ArgumentNullException.ThrowIfNull(store);
        return SourceState.Watermark(store, source);
    }
}
