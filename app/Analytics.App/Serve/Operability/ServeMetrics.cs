using Analytics.App.Jobs;
using Prometheus;

namespace Analytics.App.Serve.Operability;

/// <summary>The server's Prometheus metrics, in a registry of this host's own (hosts in one process, as in
/// the tests and the demo, never mix their figures): batches and rows per source and status (read from
/// the warehouse's lineage at each scrape, so they count every batch whoever loaded it and survive a
/// restart), job failures and retries per job and source, verbs carried out for the CLI, and
/// prometheus-net's request histogram labelled by endpoint (route pattern, never a raw path).</summary>
internal sealed class ServeMetrics
{
    private const string BatchTotals = """
        SELECT source, status, count(*), sum(rows_loaded)::DOUBLE, sum(rows_quarantined)::DOUBLE FROM etl_batch GROUP BY source, status
        """;

    private readonly Counter _batches;
    private readonly Counter _rowsLoaded;
    private readonly Counter _rowsQuarantined;

    public ServeMetrics(JobWarehouse warehouse)
    {
        ArgumentNullException.ThrowIfNull(warehouse);
        Registry = Metrics.NewCustomRegistry();
        var factory = Metrics.WithCustomRegistry(Registry);
        _batches = factory.CreateCounter(
            "analytics_batches_total",
            "Submissions recorded in the warehouse, by source and status (loaded, rejected).",
            "source",
            "status");
        _rowsLoaded = factory.CreateCounter("analytics_rows_loaded_total", "Rows loaded into the warehouse, by source.", "source");
        _rowsQuarantined = factory.CreateCounter(
            "analytics_rows_quarantined_total", "Rows quarantined with a reason, by source.", "source");
        JobFailures = factory.CreateCounter(
            "analytics_job_failures_total", "Jobs that failed for good (retries used up), by job and source.", "job", "source");
        JobRetries = factory.CreateCounter(
            "analytics_job_retries_total", "Job attempts that failed and were scheduled again, by job and source.", "job", "source");
        CliVerbs = factory.CreateCounter(
            "analytics_cli_verbs_total", "CLI verbs carried out by this server for a client, by verb and exit code.", "verb", "exit");
        if (warehouse.Available) Registry.AddBeforeCollectCallback(() => ReadLineage(warehouse));
    }

    public CollectorRegistry Registry { get; }

    public Counter JobFailures { get; }

    public Counter JobRetries { get; }

    public Counter CliVerbs { get; }

    private void ReadLineage(JobWarehouse warehouse)
    {
        using var store = warehouse.Connect();
        foreach (var (source, status, batches, loaded, quarantined) in store.Rows(BatchTotals,
            r => (r.GetString(0), r.GetString(1), r.GetInt64(2), r.GetDouble(3), r.GetDouble(4))))
        {
            _batches.WithLabels(source, status).IncTo(batches);
            if (status != "loaded") continue;
            _rowsLoaded.WithLabels(source).IncTo(loaded);
            _rowsQuarantined.WithLabels(source).IncTo(quarantined);
        }
    }
}
