using Analytics.App.Jobs;
using Hangfire.Common;
using Hangfire.States;
using Hangfire.Storage;

namespace Analytics.App.Serve.Operability;

/// <summary>Counts job failures and retries per job and source as Hangfire applies their states: a failed
/// attempt that AutomaticRetry schedules again is a retry, a job left Failed is a failure. The source is
/// the first argument of the pull's jobs (a configured source name: bounded), empty for the others.</summary>
internal sealed class JobOutcomeFilter(ServeMetrics metrics) : IJobFilter, IApplyStateFilter
{
    public bool AllowMultiple => false;

    public int Order => 0;

    public void OnStateApplied(ApplyStateContext context, IWriteOnlyTransaction transaction)
    {
        ArgumentNullException.ThrowIfNull(context);
        var job = context.BackgroundJob.Job;
        if (job is null) return;
        var name = $"{job.Type.Name}.{job.Method.Name}";
        var source = job.Type == typeof(IngestJob) && job.Args.Count > 0 && job.Args[0] is string s ? s : "";
        if (context.NewState is FailedState) metrics.JobFailures.WithLabels(name, source).Inc();
        else if (context.NewState is ScheduledState { Reason: { } reason } && reason.StartsWith("Retry attempt", StringComparison.Ordinal))
            metrics.JobRetries.WithLabels(name, source).Inc();
    }

    public void OnStateUnapplied(ApplyStateContext context, IWriteOnlyTransaction transaction)
    {
        // Leaving a state counts nothing.
    }
}
