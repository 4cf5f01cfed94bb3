using System.CommandLine;
using Analytics.App.Commands;

namespace Analytics.App;

/// <summary>Builds the command tree. Every verb takes <c>--warehouse FILE</c>.</summary>
internal static class Cli
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var warehouse = new Option<string>("--warehouse")
        {
            Description = "The DuckDB warehouse file",
            DefaultValueFactory = _ => Environment.GetEnvironmentVariable("ANALYTICS_WAREHOUSE") ?? Analytics.Warehouse.Store.WarehouseStore.DefaultPath,
            Recursive = true,
        };
        var root = new RootCommand("Ratings warehouse of the provincial Organisation Board: ingest, check, score, brief, serve.");
        root.Options.Add(warehouse);
        var console = new CliConsole(stdout, stderr);
        root.Subcommands.Add(IngestCommand.Create(warehouse, console));
        root.Subcommands.Add(RejectsCommand.Create(warehouse, console));
        root.Subcommands.Add(InspectCommand.Create(console));
        root.Subcommands.Add(StatsCommand.Create(warehouse, console));
        root.Subcommands.Add(DemoCommand.Create(warehouse, console));
        root.Subcommands.Add(GenerateCommand.Create(console));
        root.Subcommands.Add(CheckCommand.Create(warehouse, console));
        root.Subcommands.Add(EvaluateCommand.Create(warehouse, console));
        root.Subcommands.Add(FormalismCommand.Create(warehouse, console));
        root.Subcommands.Add(MovedBenchCommand.Create(console));
        root.Subcommands.Add(ServeCommand.Create(warehouse, console));
        root.Subcommands.Add(PullCommand.Create(warehouse, console));
        root.Subcommands.Add(UsersCommand.Create(warehouse, console));
        root.Subcommands.Add(ExportCommand.Create(warehouse, console));
        root.Subcommands.Add(BriefCommand.Create(warehouse, console));
        var parse = root.Parse(args);
        var configuration = new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false };
        try
        {
            return parse.Invoke(configuration);
        }
        catch (Exception e) when (e is ArgumentException or IOException or UnauthorizedAccessException or InvalidDataException)
        {
            stderr.WriteLine($"error: {e.Message}");
            return 1;
        }
    }
}

/// <summary>Where a command writes: standard output for results, standard error for progress and errors.</summary>
internal sealed record CliConsole(TextWriter Out, TextWriter Error);
