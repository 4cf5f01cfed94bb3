using Analytics.Etl.Loading;
using Analytics.Etl.Sources;
using Hangfire;
using Hangfire.Server;

namespace Analytics.App.Jobs;

/// <summary>The recurring pull of one configured source, as three jobs: <see cref="Start"/> (the
/// recurring job, warehouse queue: reads the source's watermark) enqueues <see cref="Fetch"/> (default
/// queue, any server, retried with backoff: extracts and lands), and <see cref="Load"/> continues it
/// on the warehouse queue (ingests; then the analysis of the touched periods continues the load).
/// Running it twice for the same content is harmless: ingest skips content it has loaded (by hash).</summary>
internal sealed class IngestJob(
    IReadOnlyList<SourceSettings> sources, JobWarehouse warehouse, JobSettings settings, IBackgroundJobClient jobs)
{
    private readonly string _landingRoot = settings.Landing
        ?? throw new ArgumentException("JobSettings.Landing must be resolved by the host (JobSettings.LandingFor)");

    /// <summary>The recurring job id of a source.</summary>
    public static string RecurringId(string source) => "ingest:" + source;

    [Queue(JobQueues.Warehouse)]
    [AutomaticRetry(Attempts = 2, DelaysInSeconds = [60, 600])]
    [JobDisplayName("Pull {0}")]
    public string Start(string source)
    {
        Find(source);
        string? since;
        using (var store = warehouse.Connect()) since = SourcePuller.Watermark(store, source);
        var fetchId = Guid.NewGuid().ToString("N");
        var fetch = jobs.Enqueue<IngestJob>(j => j.Fetch(source, since, fetchId, CancellationToken.None));
        var load = jobs.ContinueJobWith<IngestJob>(fetch, j => j.Load(source, fetchId, null));
        return $"fetch {fetch} (since {since ?? "the beginning"}), then load {load}";
    }

    /// <summary>Extraction only, no warehouse access: lands what changed after <paramref name="since"/>
    /// and records it for the load. Retried with backoff when the source fails.</summary>
    [Queue(JobQueues.Default)]
    [AutomaticRetry(Attempts = 5, DelaysInSeconds = [30, 120, 600, 1800, 3600])]
    [JobDisplayName("Fetch {0}")]
    public string Fetch(string source, string? since, string fetchId, CancellationToken cancellationToken)
    {
        var fetched = new SourcePuller(Find(source), _landingRoot).Fetch(since, cancellationToken);
        if (fetched.Submissions.Count == 0 && fetched.Errors.Count > 0)
            throw new SourceFetchException($"source '{source}': nothing fetched: {string.Join("; ", fetched.Errors)}");
        FetchManifest.Of(fetched).Write(FetchManifest.PathOf(_landingRoot, fetchId));
        return $"{fetched.Submissions.Count} submissions landed, watermark {fetched.Watermark ?? "none"}" +
            (fetched.Errors.Count > 0 ? $"; errors: {string.Join("; ", fetched.Errors)}" : "");
    }

    /// <summary>Ingests what the fetch landed (one batch per submission), then continues with the
    /// analysis of the periods the batches touched.</summary>
    [Queue(JobQueues.Warehouse)]
    [AutomaticRetry(Attempts = 2, DelaysInSeconds = [60, 600])]
    [JobDisplayName("Load {0}")]
    public string Load(string source, string fetchId, PerformContext? context)
    {
        var fetched = FetchManifest.Read(FetchManifest.PathOf(_landingRoot, fetchId)).ToFetchResult(out var gone);
        PullReport report;
        using (var store = warehouse.Connect())
        using (var keys = warehouse.Keys())
        using (var ingestor = new SubmissionIngestor(store, keys, new IngestOptions { Source = source }))
        {
            report = new SourcePuller(Find(source), _landingRoot).Load(fetched, ingestor, store);
        }
        var analysis = "";
        if (report.TouchedPeriods.Count > 0)
        {
            var periods = report.TouchedPeriods.Order(StringComparer.Ordinal).ToArray();
            var parent = context?.BackgroundJob.Id ?? throw new InvalidOperationException("Load runs as a Hangfire job");
            analysis = $"; analysis {jobs.ContinueJobWith<AnalysisJob>(parent, a => a.Analyse(periods))} of {string.Join(", ", periods)}";
        }
        return Summary(report) + (gone.Count > 0 ? $"; {gone.Count} already filed by an earlier load" : "") + analysis;
    }

    private static string Summary(PullReport report)
    {
        var counts = report.Submissions.GroupBy(r => r.Status).OrderBy(g => g.Key)
            .Select(g => $"{g.Count()} {g.Key.ToString().ToLowerInvariant()}");
        return $"{report.Submissions.Count} submissions ({string.Join(", ", counts)}), watermark {report.Watermark ?? "none"}" +
            (report.Errors.Count > 0 ? $"; errors: {string.Join("; ", report.Errors)}" : "");
    }

    private SourceSettings Find(string source) =>
        sources.FirstOrDefault(s => string.Equals(s.Name, source, StringComparison.Ordinal))
        ?? throw new ArgumentException($"source '{source}' is not configured (Sources in appsettings.json); its recurring job is stale");
}
