using System.Reflection;
using Analytics.App.Ownership;
using Hangfire;
using Hangfire.Common;
using Hangfire.Server;

namespace Analytics.App.Jobs;

/// <summary>Every job of the warehouse queue holds the server's <see cref="WarehouseWriter"/> while it runs,
/// so that a verb the CLI hands to the server (an ingest by hand, a check, a backup) and the scheduled
/// jobs write one at a time. Registered as a service of the host (Hangfire.AspNetCore adds IJobFilter
/// services to its filters), so hosts in one process never share it.</summary>
internal sealed class WarehouseWriterFilter(WarehouseWriter writer) : IJobFilter, IServerFilter
{
    private const string LeaseKey = "warehouse-writer";

    public bool AllowMultiple => false;

    public int Order => 0;

    public void OnPerforming(PerformingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var job = context.BackgroundJob.Job;
        var queue = job.Queue ?? job.Method.GetCustomAttribute<QueueAttribute>()?.Queue;
        if (queue != JobQueues.Warehouse) return;
        context.Items[LeaseKey] = writer.Enter($"job {context.BackgroundJob.Id} ({job.Type.Name}.{job.Method.Name})",
            context.CancellationToken.ShutdownToken);
    }

    public void OnPerformed(PerformedContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Items.TryGetValue(LeaseKey, out var lease)) (lease as IDisposable)?.Dispose();
    }
}
