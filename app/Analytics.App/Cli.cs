using System.CommandLine;
using Analytics.App.Commands;
using Analytics.App.Operations;
using Analytics.App.Ownership;

namespace Analytics.App;

/// <summary>Builds the command tree and runs one command line. Every verb takes <c>--warehouse FILE</c>
/// (default: ANALYTICS_WAREHOUSE, else Warehouse:Path). When `analytics serve` owns that warehouse, a
/// verb that touches it is handed to the server whole (<see cref="VerbRouting"/>); otherwise it opens the
/// file itself. Whatever fails ends in one sentence and an exit code (<see cref="CliFailure"/>).</summary>
internal static class Cli
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) => Run(args, new CliConsole(stdout, stderr));

    /// <summary>Runs <paramref name="args"/>; <paramref name="served"/> is set when the server that owns the
    /// warehouse runs a verb a client handed over (it never hands it on again).</summary>
    public static int Run(string[] args, CliConsole console, WarehouseOwnership? served = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(console);
        var (root, warehouse) = Tree(console);
        var parse = root.Parse(args);
        var verb = Verb(parse);
        string? path = null;
        try
        {
            var ownVerb = parse.Errors.Count == 0 && parse.Action is { } action && action == parse.CommandResult.Command.Action;
            var kind = VerbRouting.Of(verb);
            // An extraction-only server never opens the warehouse: it may start beside the owner.
            if (verb == "serve" && parse.GetValue<bool>("--extract-only")) kind = VerbKind.Local;
            if (ownVerb && kind != VerbKind.Local)
            {
                path = parse.GetValue(warehouse)!;
                if (served is not null) return RunServed(parse, verb, kind, path, console, served);
                if (Owner(path) is { } owner)
                {
                    if (kind == VerbKind.Exclusive) throw OwnedRefusal(verb, owner.Warehouse, $"PID {owner.Pid}, {owner.Url}");
                    var forwarded = WithWarehouse(ArgumentPaths.Absolute(parse, Environment.CurrentDirectory), path);
                    return ForwardingClient.Run(owner, forwarded, console);
                }
            }
            return Invoke(parse, console);
        }
        catch (Exception e)
        {
            return CliFailure.Report(e, console.Error, verb, path ?? TryWarehouse(parse, warehouse));
        }
    }

    /// <summary>The verb of a command line ("stats", "users add"), without its arguments.</summary>
    public static string VerbOf(string[] args) => Verb(Tree(new CliConsole(TextWriter.Null, TextWriter.Null)).Root.Parse(args));

    /// <summary>The command tree, every verb writing to <paramref name="console"/>.</summary>
    internal static (RootCommand Root, Option<string> Warehouse) Tree(CliConsole console)
    {
        var warehouse = new Option<string>("--warehouse")
        {
            Description = "The DuckDB warehouse file (default: ANALYTICS_WAREHOUSE, else Warehouse:Path in appsettings.json)",
            HelpName = "FILE",
            DefaultValueFactory = _ => console.Settings.WarehousePath(),
            CustomParser = r => r.Tokens.Count == 0 ? console.Settings.WarehousePath() : console.Settings.WarehousePath(r.Tokens[^1].Value),
            Recursive = true,
        };
        var root = new RootCommand("Ratings warehouse of the provincial Organisation Board: ingest, check, score, brief, serve.");
        root.Options.Add(warehouse);
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
        root.Subcommands.Add(UsersCommand.Create(warehouse, console, console.In));
        root.Subcommands.Add(ExportCommand.Create(warehouse, console));
        root.Subcommands.Add(BriefCommand.Create(warehouse, console));
        root.Subcommands.Add(BackupCommand.Create(warehouse, console));
        root.Subcommands.Add(RestoreCommand.Create(warehouse, console));
        return (root, warehouse);
    }

    private static int Invoke(ParseResult parse, CliConsole console) =>
        parse.Invoke(new InvocationConfiguration { Output = console.Out, Error = console.Error, EnableDefaultExceptionHandler = false });

    /// <summary>In the owning server: the same verb, on the server's warehouse, a writing verb after the
    /// writer is free.</summary>
    private static int RunServed(ParseResult parse, string verb, VerbKind kind, string path, CliConsole console, WarehouseOwnership served)
    {
        if (kind == VerbKind.Exclusive) throw OwnedRefusal(verb, served.Warehouse, "this server");
        if (!string.Equals(Path.GetFullPath(path), served.Warehouse, StringComparison.Ordinal))
            throw new ArgumentException($"this server owns {served.Warehouse}, not {path}; give --warehouse {served.Warehouse}");
        if (kind == VerbKind.Reading) return Invoke(parse, console);
        using var lease = served.Writer.Enter($"`analytics {verb}` from the CLI", console.Cancellation,
            holder => console.Error.WriteLine($"waiting for the warehouse writer: {holder} holds it"));
        return Invoke(parse, console);
    }

    private static OwnerFile? Owner(string warehousePath)
    {
        try
        {
            return OwnerFile.Find(warehousePath);
        }
        catch (UnauthorizedAccessException)
        {
            throw new WarehouseBusyException($"the warehouse {warehousePath} is owned by a server of another OS user (its owner file " +
                $"{OwnerFile.PathFor(warehousePath)} is not readable by you); run the command as the user who runs `analytics serve`.");
        }
    }

    private static WarehouseBusyException OwnedRefusal(string verb, string warehouse, string owner) => new(
        $"`analytics {verb}` needs the warehouse {warehouse} to itself, but `analytics serve` ({owner}) owns it; stop the server first " +
        "(Ctrl+C or kill), or give another --warehouse.");

    private static string[] WithWarehouse(string[] args, string path) =>
        args.Contains("--warehouse", StringComparer.Ordinal) ? args : [.. args, "--warehouse", path];

    private static string Verb(ParseResult parse)
    {
        var names = new List<string>();
        for (var c = parse.CommandResult; c is not null && c.Command is not RootCommand;
             c = c.Parent as System.CommandLine.Parsing.CommandResult)
            names.Insert(0, c.Command.Name);
        return string.Join(' ', names);
    }

    private static string? TryWarehouse(ParseResult parse, Option<string> warehouse)
    {
        try
        {
            return parse.GetValue(warehouse);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return null;   // the settings themselves are wrong: the log goes to the temporary folder
        }
    }
}
