using System.CommandLine;
using Analytics.Etl.Loading;
using Analytics.Warehouse.Store;

namespace Analytics.App.Commands;

/// <summary>`analytics demo`: the README's first command. For now it ingests the bundled sample
/// province (samples/) and prints the counts; later stages (check, formalism, briefing, serve) join
/// as they land. Running it twice changes nothing. `--no-serve` always stops after the first pass.</summary>
internal static class DemoCommand
{
    public static Command Create(Option<string> warehouse, CliConsole console)
    {
        var noServe = new Option<bool>("--no-serve") { Description = "Stop after the first pass (for scripts and CI)" };
        var samples = new Option<string?>("--samples") { Description = "The sample folder (default: samples/ of this repository)" };
        var command = new Command("demo", "Ingest the sample province and show what the warehouse holds") { noServe, samples };
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(samples) ?? FindSamples();
            if (folder is null)
            {
                console.Error.WriteLine("error: samples/ not found; run from the repository or pass --samples DIR");
                return 1;
            }
            var path = parse.GetValue(warehouse)!;
            console.Out.WriteLine($"== ingest {folder} into {Path.GetFullPath(path)}");
            var exit = IngestCommand.Run(path, [folder], new IngestOptions(), console);
            using var store = WarehouseStore.Open(path);
            console.Out.WriteLine("== what the warehouse holds now");
            StatsCommand.Print(store.Counts(), console.Out);
            var rejects = store.Rejects().Count();
            console.Out.WriteLine($"== {rejects} rows in quarantine: `analytics rejects` lists them with file, line and reason");
            return exit == 2 ? 2 : 0;
        });
        return command;
    }

    private static string? FindSamples()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "samples");
                if (Directory.Exists(candidate) && File.Exists(Path.Combine(dir.FullName, "Analytics.sln"))) return candidate;
            }
        }
        return null;
    }
}
