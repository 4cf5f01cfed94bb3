using System.CommandLine;
using Analytics.Etl.Loading;
using Analytics.Etl.Sources;
using Analytics.Etl.Validation;
using Analytics.Warehouse.Store;
using Microsoft.Extensions.Configuration;

namespace Analytics.App.Commands;

/// <summary>`analytics pull [--source NAME]... [--landing DIR] [--sources FILE]`: runs the configured
/// sources once — fetch what changed since each one's watermark, land it, load it — and prints what
/// each delivered. Exit 2 when a source failed or a submission was rejected.</summary>
internal static class PullCommand
{
    public static Command Create(Option<string> warehouse, CliConsole console)
    {
        var names = new Option<string[]>("--source")
        {
            Description = "Pull only this source (repeatable; default: every configured source)",
            Arity = ArgumentArity.OneOrMore,
            AllowMultipleArgumentsPerToken = false,
        };
        var landing = new Option<string?>("--landing")
        {
            Description = "Landing folder for what is fetched (default: landing/ beside the warehouse)",
        };
        var file = new Option<string?>("--sources")
        {
            Description = "Read the \"Sources\" array from this JSON file instead of appsettings.json",
        };
        var command = new Command("pull", "Pull the configured sources once: fetch, land, load") { names, landing, file };
        command.SetAction(parse =>
        {
            var sources = parse.GetValue(file) is { } path
                ? SourceCatalog.Bind(new ConfigurationBuilder().AddJsonFile(Path.GetFullPath(path), optional: false).Build())
                : console.Settings.Sources;
            var wanted = parse.GetValue(names) ?? [];
            foreach (var name in wanted.Where(n => !sources.Any(s => s.Name == n)))
                throw new ArgumentException(
                    $"no source named '{name}' is configured (configured: {string.Join(", ", sources.Select(s => s.Name))})");
            var chosen = sources.Where(s => wanted.Length == 0 || wanted.Contains(s.Name)).ToList();
            if (chosen.Count == 0)
            {
                console.Error.WriteLine("error: no sources are configured (\"Sources\" in appsettings.json)");
                return 1;
            }
            var warehousePath = parse.GetValue(warehouse)!;
            var landingRoot = parse.GetValue(landing) ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(warehousePath))!, "landing");
            return Run(warehousePath, landingRoot, chosen, console);
        });
        return command;
    }

    public static int Run(string warehousePath, string landingRoot, IReadOnlyList<SourceSettings> sources, CliConsole console)
    {
        using var store = WarehouseStore.Open(warehousePath);
        using var keys = new PersonKeys(PseudonymSecret.Bind(store));
        var exit = 0;
        foreach (var source in sources)
        {
            console.Cancellation.ThrowIfCancellationRequested();
            var clock = System.Diagnostics.Stopwatch.StartNew();
            using var ingestor = new SubmissionIngestor(store, keys, new IngestOptions { Source = source.Name });
            ingestor.Progress += p => console.Error.WriteLine(
                $"  {p.Submission}/{p.File}: {p.Rows:N0} rows read ({p.Rows / Math.Max(p.Elapsed.TotalSeconds, 1e-3):N0} rows/s)");
            var puller = new SourcePuller(source, landingRoot);
            var since = SourcePuller.Watermark(store, source.Name);
            console.Out.WriteLine($"== {source.Name} ({source.Kind}){(since is null ? "" : $" since {since}")}");
            var report = puller.Pull(since, ingestor, store, CancellationToken.None);
            foreach (var submission in report.Submissions) IngestPrinter.Print(submission, console.Out, quiet: true);
            foreach (var error in report.Errors) console.Out.WriteLine($"  error: {error}");
            var loaded = report.Submissions.Count(s => s.Status == IngestStatus.Loaded);
            var rows = report.Submissions.Sum(s => s.Outcome?.Loaded ?? 0);
            console.Out.WriteLine($"{source.Name}: {report.Submissions.Count} submissions ({loaded} loaded), {rows:N0} rows loaded" +
                $"{(report.TouchedPeriods.Count > 0 ? $", periods {string.Join(", ", report.TouchedPeriods)}" : "")}" +
                $"{(report.Watermark is null ? "" : $", watermark {report.Watermark}")} in {clock.Elapsed.TotalSeconds:0.00} s");
            if (report.Errors.Count > 0 || report.Submissions.Any(s => s.Status == IngestStatus.Rejected)) exit = 2;
        }
        return exit;
    }
}
