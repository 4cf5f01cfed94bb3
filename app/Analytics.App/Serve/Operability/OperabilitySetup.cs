using Analytics.App.Operations;
using Hangfire.Common;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Prometheus;
using Serilog.Extensions.Logging;

namespace Analytics.App.Serve.Operability;

/// <summary>What an operator of a year-round server watches, as two calls on the host: /healthz (ASP.NET
/// Core health checks, JSON, no login, 200 or 503), /metrics (Prometheus text), the console log as the
/// "Logging" section says (FormatterName "json" for one JSON line per event) and the log file beside the
/// warehouse (warnings and errors, and this program's own events).</summary>
internal static class OperabilitySetup
{
    public const string HealthPath = "/healthz";

    public static void Add(WebApplicationBuilder builder, ServeOptions options)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);
        builder.Logging.ClearProviders();
        builder.Logging.AddConfiguration(builder.Configuration.GetSection("Logging"));
        // Logging:Console:FormatterName picks the built-in formatter: "json" (one JSON line per event),
        // "systemd" or "simple" (the default).
        switch (builder.Configuration["Logging:Console:FormatterName"]?.ToLowerInvariant())
        {
            case ConsoleFormatterNames.Json: builder.Logging.AddJsonConsole(); break;
            case ConsoleFormatterNames.Systemd: builder.Logging.AddSystemdConsole(); break;
            default: builder.Logging.AddSimpleConsole(); break;
        }
        builder.Logging.AddProvider(new SerilogLoggerProvider(ErrorLog.Open(ErrorLog.PathFor(options.Warehouse)), dispose: true));
        builder.Logging.AddFilter<SerilogLoggerProvider>(null, LogLevel.Warning)
            .AddFilter<SerilogLoggerProvider>("Analytics", LogLevel.Information);
        builder.Services.AddSingleton<ServeMetrics>();
        builder.Services.AddSingleton<IJobFilter, JobOutcomeFilter>();
        builder.Services.AddHealthChecks()
            .AddCheck<WarehouseHealthCheck>("warehouse")
            .AddCheck<JobStorageHealthCheck>("jobs");
    }

    /// <summary>The request histogram: call first, so that every answer is measured.</summary>
    public static void UseRequestMetrics(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var metrics = app.Services.GetRequiredService<ServeMetrics>();
        app.UseHttpMetrics(o =>
        {
            o.SetMetricFactory(Metrics.WithCustomRegistry(metrics.Registry));
            o.ReduceStatusCodeCardinality();
        });
    }

    /// <summary>/metrics and /healthz: call after the dashboard's authentication (an administrator's cookie opens /metrics).</summary>
    public static void Use(WebApplication app, string? metricsToken)
    {
        ArgumentNullException.ThrowIfNull(app);
        var metrics = app.Services.GetRequiredService<ServeMetrics>();
        var access = new MetricsAccess(metricsToken);
        app.UseWhen(http => http.Request.Path.StartsWithSegments(MetricsAccess.Path), branch => branch.Use(access.Check));
        app.MapMetrics(MetricsAccess.Path, metrics.Registry);
        app.MapHealthChecks(HealthPath, new HealthCheckOptions { ResponseWriter = HealthJson.Write });
    }
}
