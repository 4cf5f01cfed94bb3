using Hangfire;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Analytics.App.Serve.Operability;

/// <summary>/healthz "jobs": the job storage (SQLite file or PostgreSQL) answers, with the number of live
/// job servers and of failed jobs waiting for an operator.</summary>
internal sealed class JobStorageHealthCheck(JobStorage storage) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var monitoring = storage.GetMonitoringApi();
            var data = new Dictionary<string, object>(StringComparer.Ordinal)
            {
                ["servers"] = monitoring.Servers().Count,
                ["failed_jobs"] = monitoring.FailedCount(),
            };
            return Task.FromResult(HealthCheckResult.Healthy("job storage reachable", data));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy($"job storage unreachable: {e.GetType().Name}"));
        }
    }
}
