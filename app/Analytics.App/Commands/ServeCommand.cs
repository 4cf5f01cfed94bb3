using System.CommandLine;
using Analytics.App.Configuration;
using Analytics.App.Jobs;
using Analytics.App.Serve;
using Analytics.Etl.Sources;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Analytics.App.Commands;

/// <summary>`analytics serve [--urls URL] [--extract-only]`: the web process with the Hangfire servers
/// (recurring pulls of the configured sources, their analysis, the freshness check) until Ctrl+C or
/// SIGTERM, which stop it cleanly: running jobs get their cancellation and the job history stays.</summary>
internal static class ServeCommand
{
    public static Command Create(Option<string> warehouse, CliConsole console)
    {
        var urls = new Option<string>("--urls")
        {
            Description = "Where the dashboard listens (default Serve:Urls)",
            DefaultValueFactory = _ => DefaultUrls(console.Settings),
        };
        var extractOnly = new Option<bool>("--extract-only")
        {
            Description = "Serve only extraction (the default queue), without the warehouse: " +
                "an extra server sharing PostgreSQL job storage",
        };
        var command = new Command("serve", "Run the web dashboard and the background jobs (Hangfire) until Ctrl+C") { urls, extractOnly };
        command.SetAction(parse => Run(new ServeOptions
        {
            Urls = parse.GetValue(urls)!,
            Warehouse = parse.GetValue(warehouse)!,
            ExtractOnly = parse.GetValue(extractOnly),
        }, console.Settings.Configuration, console));
        return command;
    }

    /// <summary>Serve:Urls, where the dashboard listens unless --urls says otherwise.</summary>
    public static string DefaultUrls(Settings settings) => settings.Get<ServeSettings>(ServeSettings.Section).Urls;

    /// <summary>Starts the server, prints where it is, and blocks until it is asked to stop.</summary>
    public static int Run(ServeOptions options, IConfiguration configuration, CliConsole console)
    {
        using var app = ServeHost.Build(options, configuration);
        app.StartAsync().GetAwaiter().GetResult();
        Describe(app, options, configuration, console.Out);
        app.WaitForShutdown();
        console.Out.WriteLine("== stopped");
        return 0;
    }

    /// <summary>The addresses and what runs, as `serve` prints them when it has started.</summary>
    public static void Describe(WebApplication app, ServeOptions options, IConfiguration configuration, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(app);
        var root = ServeHost.DashboardUrl(app);
        var jobs = new Settings(configuration).Get<JobSettings>(JobSettings.Section);
        var storage = jobs.Storage == "sqlite" ? $"sqlite {jobs.SqlitePathFor(options.Warehouse)}" : $"postgres (schema {jobs.Schema})";
        output.WriteLine(options.ExtractOnly
            ? $"== serving extraction only at {root} (jobs: {storage})"
            : $"== serving {Path.GetFullPath(options.Warehouse)} at {root} (jobs: {storage})");
        output.WriteLine($"   dashboard  {root}/");
        output.WriteLine($"   jobs       {root}{ServeHost.JobsPath}  (administrators only)");
        if (!options.ExtractOnly)
        {
            foreach (var source in new Settings(configuration).Sources)
                output.WriteLine($"   source     {source.Name} ({source.Kind}), pulled at '{source.Schedule}'");
            output.WriteLine($"   freshness  R11 for expected units that have not delivered, at '{jobs.FreshnessSchedule}'");
            output.WriteLine($"   briefing   the pack of the quarter just ended, at '{jobs.BriefingSchedule}'");
            output.WriteLine(
                $"   landing    loaded deliveries purged {jobs.LandingRetentionDays} days after landing, at '{jobs.LandingPurgeSchedule}'");
        }
        if (!options.ExtractOnly)
            output.WriteLine("   commands   analytics VERB on this warehouse is carried out here " +
                $"(owner file {Ownership.OwnerFile.PathFor(options.Warehouse)})");
        output.WriteLine("   Ctrl+C stops.");
    }
}
