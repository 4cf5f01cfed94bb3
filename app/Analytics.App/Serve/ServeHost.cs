using Analytics.App.Configuration;
using Analytics.App.Jobs;
using Analytics.App.Ownership;
using Analytics.App.Serve.Operability;
using Analytics.Dashboards.Briefing;
using Analytics.Etl.Sources;
using Analytics.Warehouse.Checks;
using Analytics.Warehouse.Formalism;
using Analytics.Warehouse.Store;
using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.Common;
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
/// for administrators only. Every settings section is registered with the options pattern and
/// validated at start; the dashboard, the jobs, the briefings and the job storage all use the one
/// warehouse of <see cref="ServeOptions.Warehouse"/>.</summary>
internal static class ServeHost
{
    /// <summary>Where Hangfire's dashboard is mounted.</summary>
    public const string JobsPath = "/jobs";

    public static WebApplication Build(ServeOptions options, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(configuration);
        var warehousePath = Path.GetFullPath(options.Warehouse);
        // What composition needs before the host exists is read through the same loader and validator
        // the options pattern uses below, so a wrong setting stops start-up before a port is bound.
        var settings = new Settings(configuration);
        var sources = settings.Sources;
        var jobs = settings.Get<JobSettings>(JobSettings.Section);
        jobs = jobs with { Landing = jobs.LandingFor(warehousePath) };
        var defaults = new Web.DashboardOptions
        {
            WarehousePath = warehousePath,
            BriefingsFolder = Path.Combine(Path.GetDirectoryName(warehousePath)!, "briefings"),
        };
        var dashboard = options.ExtractOnly
            ? null
            : settings.Get(Web.DashboardOptions.Section, s => Web.DashboardOptions.FromConfiguration(s, defaults));

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddConfiguration(configuration);
        var ownership = options.ExtractOnly ? null : new WarehouseOwnership(warehousePath);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            ListenAddresses.Apply(kestrel, options.Urls);
            // The command endpoint for CLI verbs gets a listener of its own, on loopback whatever the dashboard's.
            if (ownership is not null) kestrel.Listen(System.Net.IPAddress.Loopback, 0, listener => ownership.Listener = listener);
        });
        // The console says what `serve` prints itself (addresses, sources, logins) and warnings; the
        // servers' start-up chatter stays out of it.
        OperabilitySetup.Add(builder, options with { Warehouse = warehousePath });
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning)
            .AddFilter("Microsoft.Hosting", LogLevel.Warning)
            .AddFilter("Hangfire", LogLevel.Warning);
        AddSettings(builder.Services, configuration, jobs, sources);
        builder.Services.AddSingleton(settings);
        if (ownership is not null)
        {
            builder.Services.AddSingleton(ownership);
            builder.Services.AddSingleton(ownership.Writer);
            builder.Services.AddSingleton<IJobFilter, WarehouseWriterFilter>();
            builder.Services.AddSingleton<OwnerEndpoint>();
            builder.Services.AddHostedService<OwnerAnnouncement>();
        }

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
            return Compose(builder, options with { Warehouse = warehousePath }, storage, warehouse, sources, jobs, dashboard);
        }
        catch
        {
            ownership?.Dispose();
            warehouse?.Dispose();
            (storage as IDisposable)?.Dispose();
            throw;
        }
    }

    /// <summary>Every section the server's parts read, with the options pattern (validated at start).</summary>
    private static void AddSettings(
        IServiceCollection services, IConfiguration configuration, JobSettings jobs, IReadOnlyList<SourceSettings> sources)
    {
        services.AddSettings<JobSettings>(configuration, JobSettings.Section);
        services.AddSingleton(jobs);   // the jobs take the record with its landing folder resolved against the warehouse
        services.AddSettings<CheckSettings>(configuration, CheckSettings.Section);
        services.AddSettings<FormalismSettings>(configuration, FormalismSettings.Section);
        services.AddSettings<ExcellentQuota>(configuration, ExcellentQuota.Section);
        services.AddSettings<WarehouseSettings>(configuration, WarehouseSettings.Section);
        services.AddSettings<ServeSettings>(configuration, ServeSettings.Section);
        services.AddSettings<BriefingSettings>(configuration, BriefingSettings.Section);
        services.AddSingleton(sources);
    }

    private static WebApplication Compose(
        WebApplicationBuilder builder, ServeOptions options, JobStorage storage, WarehouseStore? warehouse,
        IReadOnlyList<SourceSettings> sources, JobSettings jobs, Web.DashboardOptions? dashboard)
    {
        // The key is bound at start-up, so a server holding another key than the warehouse's never starts;
        // a server that only extracts needs none.
        byte[] secret = warehouse is null ? [] : PseudonymSecret.Bind(warehouse);
        builder.Services.AddSingleton(_ => new JobWarehouse(warehouse, secret));
        if (warehouse is not null) builder.Services.AddSingleton(_ => warehouse);
        builder.Services.AddSingleton(options.Clock);
        builder.Services.AddSingleton(options);
        builder.Services.AddTransient<IngestJob>();
        builder.Services.AddTransient<AnalysisJob>();
        builder.Services.AddTransient<FreshnessJob>();
        builder.Services.AddTransient<BriefingJob>();
        builder.Services.AddTransient<LandingPurgeJob>();

        if (!options.ExtractOnly)
            builder.Services.AddHangfireServer(
                (_, o) => Configure(o, "warehouse", [JobQueues.Warehouse], 1, options.PollInterval), storage);
        if (jobs.Workers > 0 || options.ExtractOnly)
            builder.Services.AddHangfireServer(
                (_, o) => Configure(o, "extract", [JobQueues.Default], Math.Max(jobs.Workers, 1), options.PollInterval), storage);

        // The web dashboard with its cookie login, which also gives /jobs its administrators. An
        // extraction-only server has no warehouse and so no dashboard.
        if (dashboard is not null) Web.DashboardSetup.AddDashboard(builder, dashboard);

        var app = builder.Build();
        if (warehouse is not null) app.Services.GetRequiredService<WarehouseStore>();   // created by the host, so disposed with it
        OperabilitySetup.UseRequestMetrics(app);
        if (dashboard is not null) Web.DashboardSetup.UseDashboard(app);   // authentication before /jobs and /metrics
        var metricsToken = Environment.GetEnvironmentVariable(app.Services.GetRequiredService<ServeSettings>().MetricsTokenVariable);
        OperabilitySetup.Use(app, metricsToken);
        app.UseHangfireDashboard(JobsPath, new DashboardOptions
        {
            Authorization = [new AdminDashboardFilter()],
            DashboardTitle = "Ratings warehouse — jobs",
            DisplayStorageConnectionString = false,
            AppPath = "/",
        }, storage);
        app.MapGet("/health", () => Results.Text(options.ExtractOnly ? "extract-only" : "ok"));
        if (!options.ExtractOnly) OwnerEndpoint.Map(app);

        if (!options.ExtractOnly)
            RecurringJobs.Register(app.Services.GetRequiredService<IRecurringJobManager>(), storage, sources, jobs);
        return app;
    }

    /// <summary>Where the dashboard listens (the first of its addresses; not the command listener).</summary>
    public static string DashboardUrl(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var command = app.Services.GetService<WarehouseOwnership>()?.Url.ToString().TrimEnd('/');
        return app.Urls.Select(u => u.TrimEnd('/')).First(u => u != command);
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
