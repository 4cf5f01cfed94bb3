using System.CommandLine;
using Analytics.Etl.Decoding;
using Analytics.Etl.Loading;
using Analytics.Etl.Sources;
using Analytics.Etl.Validation;
using Analytics.Warehouse.Store;

namespace Analytics.App.Commands;

/// <summary>`analytics ingest PATH...`: submission folders, zips of one, .xlsx workbooks, or folders of many.</summary>
internal static class IngestCommand
{
    public static Command Create(Option<string> warehouse, CliConsole console)
    {
        var paths = new Argument<string[]>("PATH")
        {
            Arity = ArgumentArity.OneOrMore,
            Description = "Submission folders, .zip files, .xlsx workbooks, or folders holding many",
        };
        var encoding = new Option<string?>("--encoding")
        {
            Description = "Declare every file's encoding: utf-8, windows-1258, tcvn3 or vni (default: detect per file)",
        };
        var source = new Option<string>("--source")
        {
            Description = "Source system name (record ids are unique within it)",
            DefaultValueFactory = _ => "file-drop",
        };
        var timings = new Option<bool>("--timings") { Description = "Print where the time went, stage by stage" };
        var command = new Command("ingest", "Load rating submissions into the warehouse") { paths, encoding, source, timings };
        command.SetAction(parse =>
        {
            SourceEncoding? declared = null;
            if (parse.GetValue(encoding) is { } name)
            {
                if (!VietnameseEncodings.TryParseName(name, out var e))
                {
                    console.Error.WriteLine($"error: unknown encoding '{name}' (utf-8, windows-1258, tcvn3, vni)");
                    return 1;
                }
                declared = e;
            }
            var options = new IngestOptions
            {
                Source = parse.GetValue(source)!,
                Encoding = declared,
                Timings = parse.GetValue(timings) ? new StageTimings() : null,
            };
            return Run(parse.GetValue(warehouse)!, parse.GetValue(paths)!, options, console);
        });
        return command;
    }

    /// <summary>Ingests every submission under the paths; <paramref name="quiet"/> prints one line per
    /// submission instead of the per-kind table (for many submissions).</summary>
    public static int Run(string warehousePath, IReadOnlyList<string> paths, IngestOptions options, CliConsole console, bool quiet = false)
    {
        var submissions = SubmissionLocator.Locate(paths);
        if (submissions.Count == 0)
        {
            console.Error.WriteLine($"error: no submission found in {string.Join(", ", paths)} " +
                "(a folder of units.csv, ratings.csv, … or a .zip of one)");
            return 2;
        }
        using var store = WarehouseStore.Open(warehousePath);
        using var keys = new PersonKeys(PseudonymSecret.Bind(store));
        using var ingestor = new SubmissionIngestor(store, keys, options with { Cancellation = console.Cancellation });
        ingestor.Progress += p => console.Error.WriteLine(
            $"  {p.Submission}/{p.File}: {p.Rows:N0} rows read ({p.Rows / Math.Max(p.Elapsed.TotalSeconds, 1e-3):N0} rows/s)");
        var exit = 0;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var cost = ProcessCost.Now();
        long read = 0, loaded = 0, quarantined = 0, unchanged = 0;
        ingestor.IngestAll(submissions, report =>
        {
            IngestPrinter.Print(report, console.Out, quiet);
            if (report.Status == IngestStatus.Rejected) exit = 2;
            if (report.Outcome is { } o) { read += o.Read; loaded += o.Loaded; quarantined += o.Quarantined; unchanged += o.Unchanged; }
            // Stop after a report: what is reported is committed, and the run rolls back the group it is appending.
            console.Cancellation.ThrowIfCancellationRequested();
        });
        if (submissions.Count > 1)
            console.Out.WriteLine($"{submissions.Count} submissions: {read:N0} rows read, {loaded:N0} loaded, " +
                $"{unchanged:N0} unchanged, {quarantined:N0} quarantined in {clock.Elapsed.TotalSeconds:0.00} s");
        if (options.Timings is { } timings) IngestPrinter.PrintTimings(timings, clock.Elapsed, read, ProcessCost.Now() - cost, console.Out);
        return exit;
    }
}
