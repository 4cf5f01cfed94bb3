using Analytics.App.Jobs;
using Analytics.Etl.Sources;
using Analytics.Warehouse.Checks;
using Analytics.Warehouse.Store;
using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.Dashboard;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Web = Analytics.Dashboards.Web;

namespace Analytics.App.Serve;

/// <summary>`analytics serve` composed: one ASP.NET Core process with the Hangfire servers. The
/// warehouse is opened once; the warehouse queue has its own server with exactly one worker (DuckDB
/// allows one writing process, and one writer in it keeps batches and check runs in order); the
/// default queue (extraction) has <see cref="JobSettings.Workers"/>. Hangfire's dashboard is at /jobs
/// for administrators only.</summary>
internal static class ServeHost
{
    /// <summary>Where Hangfire's dashboard is mounted.</summary>
    public const string JobsPath = "/jobs";

    public static WebApplication Build(ServeOptions options, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(configuration);
        var warehousePath = Path.GetFullPath(options.Warehouse);
        var sources = SourceCatalog.Bind(configuration);
        var jobs = configuration.GetSection(JobSettings.Section).Get<JobSettings>() ?? new JobSettings();
        jobs = jobs with { Landing = jobs.LandingFor(warehousePath) };
        if (jobs.Workers < 0) throw new ArgumentException($"Jobs:Workers must not be negative (it is {jobs.Workers})");
        var checks = configuration.GetSection("Checks").Get<CheckSettings>() ?? new CheckSettings();
        var formalism = configuration.GetSection("Formalism").Get<Analytics.Warehouse.Formalism.FormalismSettings>() ?? new Analytics.Warehouse.Formalism.FormalismSettings();

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddConfiguration(configuration);
        builder.WebHost.UseUrls(options.Urls);
        // The console says what `serve` prints itself (addresses, sources, logins) and warnings; the
        // servers' start-up chatter stays out of it.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning).AddFilter("Microsoft.Hosting", LogLevel.Warning).AddFilter("Hangfire", LogLevel.Warning);

        // Every process-wide Hangfire default is replaced by a service of this host, so that hosts
        // (tests, the demo) never share storage or activator through Hangfire's static state.
        GlobalConfiguration.Configuration.UseLogProvider(new SilentLogProvider());
        var storage = JobStorageFactory.Create(jobs, warehousePath, options.PollInterval);
        builder.Services.AddSingleton(_ => storage);
        builder.Services.AddSingleton<JobActivator>(sp => new AspNetCoreJobActivator(sp.GetRequiredService<IServiceScopeFactory>()));
        builder.Services.AddHangfire(c => c
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings());

        WarehouseStore? warehouse = null;
        try
        {
            warehouse = options.ExtractOnly ? null : WarehouseStore.Open(warehousePath);
            return Compose(builder, options, storage, warehouse, sources, jobs, checks, formalism, warehousePath);
        }
        catch
        {
            warehouse?.Dispose();
            (storage as IDisposable)?.Dispose();
            throw;
        }
    }

    private static WebApplication Compose(WebApplicationBuilder builder, ServeOptions options, JobStorage storage, WarehouseStore? warehouse,
        IReadOnlyList<SourceSettings> sources, JobSettings jobs, CheckSettings checks, Analytics.Warehouse.Formalism.FormalismSettings formalism, string warehousePath)
    {
        builder.Services.AddSingleton(_ => new JobWarehouse(warehouse, PseudonymSecret.For(warehousePath)));
        if (warehouse is not null) builder.Services.AddSingleton(_ => warehouse);
        builder.Services.AddSingleton(sources);
        builder.Services.AddSingleton(jobs);
        builder.Services.AddSingleton(checks);
        builder.Services.AddSingleton(formalism);
        builder.Services.AddSingleton(options.Clock);
        builder.Services.AddSingleton(options);
        builder.Services.AddTransient<IngestJob>();
        builder.Services.AddTransient<AnalysisJob>();
        builder.Services.AddTransient<FreshnessJob>();
        builder.Services.AddTransient<BriefingJob>();

        if (!options.ExtractOnly)
            builder.Services.AddHangfireServer((_, o) => Configure(o, "warehouse", [JobQueues.Warehouse], 1, options.PollInterval), storage);
        if (jobs.Workers > 0 || options.ExtractOnly)
            builder.Services.AddHangfireServer((_, o) => Configure(o, "extract", [JobQueues.Default], Math.Max(jobs.Workers, 1), options.PollInterval), storage);

        // The web dashboard with its cookie login, which also gives /jobs its administrators. An
        // extraction-only server has no warehouse and so no dashboard.
        if (!options.ExtractOnly)
            Web.DashboardSetup.AddDashboard(builder, Web.DashboardOptions.FromConfiguration(builder.Configuration.GetSection("Dashboard"), new Web.DashboardOptions
            {
                WarehousePath = warehousePath,
                BriefingsFolder = Path.Combine(Path.GetDirectoryName(warehousePath)!, "briefings"),
            }));

        var app = builder.Build();
        if (warehouse is not null) app.Services.GetRequiredService<WarehouseStore>();   // created by the host, so disposed with it
        if (!options.ExtractOnly) Web.DashboardSetup.UseDashboard(app);   // authentication before /jobs
        app.UseHangfireDashboard(JobsPath, new DashboardOptions
        {
            Authorization = [new AdminDashboardFilter()],
            DashboardTitle = "Ratings warehouse — jobs",
            DisplayStorageConnectionString = false,
            AppPath = "/",
        }, storage);
        app.MapGet("/health", () => Results.Text(options.ExtractOnly ? "extract-only" : "ok"));

        if (!options.ExtractOnly)
            RecurringJobs.Register(app.Services.GetRequiredService<IRecurringJobManager>(), storage, sources, jobs);
        return app;
    }

    private static void Configure(BackgroundJobServerOptions o, string role, string[] queues, int workers, TimeSpan poll)
    {
        o.ServerName = $"{Environment.MachineName}:{role}";   // Hangfire appends the process id and a unique suffix
        o.Queues = queues;
        o.WorkerCount = workers;
        o.SchedulePollingInterval = poll;
        o.ShutdownTimeout = TimeSpan.FromSeconds(30);
    }
}
