using Analytics.App.Serve;
using Analytics.Warehouse.Store;
using Hangfire;
using Hangfire.Storage;
using Hangfire.Storage.Monitoring;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Analytics.App.Tests.Serve;

/// <summary>A real `analytics serve` host (Kestrel on 127.0.0.1, an ephemeral port) over a warehouse in
/// <paramref name="root"/>, with short Hangfire polling so that jobs run at once.</summary>
internal sealed class ServeRunner : IAsyncDisposable
{
    private ServeRunner(WebApplication app, string root)
    {
        App = app;
        Root = root;
    }

    public WebApplication App { get; }
    public string Root { get; }
    public Uri Url => new(ServeHost.DashboardUrl(App));
    public JobStorage Storage => App.Services.GetRequiredService<JobStorage>();

    public static string WarehouseOf(string root) => Path.Combine(root, "warehouse.duckdb");

    public static async Task<ServeRunner> Start(
        string root, IDictionary<string, string?> settings, TimeProvider? clock = null, bool extractOnly = false)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var app = ServeHost.Build(new ServeOptions
        {
            Urls = "http://127.0.0.1:0",
            Warehouse = WarehouseOf(root),
            PollInterval = TimeSpan.FromMilliseconds(100),
            Clock = clock ?? TimeProvider.System,
            ExtractOnly = extractOnly,
        }, configuration);
        await app.StartAsync();
        return new ServeRunner(app, root);
    }

    /// <summary>Triggers a recurring job now; the id of the job it created.</summary>
    public string Trigger(string recurringId) => App.Services.GetRequiredService<IRecurringJobManagerV2>().TriggerJob(recurringId);

    /// <summary>Waits until <paramref name="count"/> jobs have succeeded in all; fails at once with the
    /// exception of any job that failed (even one waiting for its retry).</summary>
    public async Task WaitForSucceeded(long count)
    {
        var monitoring = Storage.GetMonitoringApi();
        for (var polls = 0; monitoring.SucceededListCount() < count; polls++)
        {
            ThrowIfFailed(monitoring);
            if (polls > 600)
                throw new TimeoutException($"{monitoring.SucceededListCount()} of {count} jobs succeeded; {Describe(monitoring)}");
            await Task.Delay(100);
        }
        ThrowIfFailed(monitoring);
    }

    /// <summary>The result a succeeded job returned (Hangfire keeps it, JSON-encoded).</summary>
    public string? Result(string jobId) =>
        Storage.GetMonitoringApi().JobDetails(jobId).History.FirstOrDefault(h => h.StateName == "Succeeded")?.Data is { } data
            && data.TryGetValue("Result", out var result)
                ? result
                : null;

    public List<RecurringJobDto> RecurringJobs()
    {
        using var connection = Storage.GetConnection();
        return connection.GetRecurringJobs();
    }

    /// <summary>Reads the warehouse through a connection of the test's own.</summary>
    public T Read<T>(Func<WarehouseStore, T> read)
    {
        using var store = App.Services.GetRequiredService<WarehouseStore>().Connect();
        return read(store);
    }

    private static void ThrowIfFailed(IMonitoringApi monitoring)
    {
        var ids = monitoring.FailedJobs(0, 10).Select(j => j.Key).Concat(monitoring.ScheduledJobs(0, 10).Select(j => j.Key));
        foreach (var id in ids)
        {
            var failed = monitoring.JobDetails(id).History.FirstOrDefault(h => h.StateName == "Failed");
            if (failed is not null)
                throw new InvalidOperationException(
                    $"job {id} failed: {(failed.Data.TryGetValue("ExceptionDetails", out var details) ? details : failed.Reason)}");
        }
    }

    private static string Describe(IMonitoringApi monitoring) =>
        $"enqueued {string.Join(",", monitoring.Queues().Select(q => $"{q.Name}={q.Length}"))}, " +
        $"processing {monitoring.ProcessingCount()}, " +
        $"scheduled {monitoring.ScheduledCount()}, failed {monitoring.FailedCount()}, servers {monitoring.Servers().Count}";

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
    }
}

/// <summary>Tests that start serve hosts run one at a time (Hangfire keeps some process-wide state).</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ServeCollection
{
    public const string Name = "serve";
}
