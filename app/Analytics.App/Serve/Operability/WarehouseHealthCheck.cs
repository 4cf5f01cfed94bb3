using Analytics.App.Jobs;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Analytics.App.Serve.Operability;

/// <summary>/healthz "warehouse": this server holds the warehouse open read-write (DuckDB answers on a
/// connection of its own, and the database is not read-only), the disk beside it has room, and the last
/// loaded batch with its age (Degraded when older than Serve:StaleBatchAfter, or under 1 GiB free).
/// Nothing personal: ids, times and counts only. The file itself is never opened by .NET here:
/// closing any handle on it would drop DuckDB's POSIX lock for the whole process.</summary>
internal sealed class WarehouseHealthCheck(JobWarehouse warehouse, ServeOptions options, ServeSettings settings) : IHealthCheck
{
    private const long LowDiskBytes = 1L << 30;

    private const string LastBatch =
        "SELECT batch_id, epoch(finished_at) FROM etl_batch WHERE status = 'loaded' ORDER BY batch_id DESC LIMIT 1";
    private const string ReadOnly =
        "SELECT count(*) FROM duckdb_databases() WHERE database_name = current_database() AND readonly";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!warehouse.Available)
            return Task.FromResult(HealthCheckResult.Healthy("extraction only: this server does not hold the warehouse"));
        var data = new Dictionary<string, object>(StringComparer.Ordinal) { ["file"] = options.Warehouse };
        try
        {
            using var store = warehouse.Connect();
            if (store.Scalar(ReadOnly) > 0)
                return Task.FromResult(HealthCheckResult.Unhealthy("the warehouse is open read-only", data: data));
            var last = store.Rows(LastBatch, r => (Id: r.GetInt64(0), Finished: r.IsDBNull(1) ? (double?)null : r.GetDouble(1)))
                .FirstOrDefault();
            var free = new DriveInfo(Path.GetDirectoryName(options.Warehouse)!).AvailableFreeSpace;
            data["free_bytes"] = free;
            if (last.Id > 0)
            {
                data["last_batch"] = last.Id;
                if (last.Finished is { } finished)
                {
                    var at = DateTimeOffset.FromUnixTimeMilliseconds((long)(finished * 1000));
                    data["last_batch_finished_at"] = at.ToString("O", System.Globalization.CultureInfo.InvariantCulture);
                    data["last_batch_age_seconds"] = (long)(options.Clock.GetUtcNow() - at).TotalSeconds;
                    if (settings.StaleBatchAfter > TimeSpan.Zero && options.Clock.GetUtcNow() - at > settings.StaleBatchAfter)
                        return Task.FromResult(HealthCheckResult.Degraded(
                            $"no batch loaded for more than {settings.StaleBatchAfter} (Serve:StaleBatchAfter)", data: data));
                }
            }
            if (free < LowDiskBytes)
                return Task.FromResult(HealthCheckResult.Degraded("under 1 GiB free beside the warehouse", data: data));
            return Task.FromResult(HealthCheckResult.Healthy("open and writable by this server", data));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy($"the warehouse does not answer: {e.GetType().Name}", data: data));
        }
    }
}
