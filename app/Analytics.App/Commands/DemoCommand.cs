using System.CommandLine;
using System.Diagnostics;
using Analytics.Etl.Loading;
using Analytics.Synthetic;
using Analytics.Warehouse.Store;

namespace Analytics.App.Commands;

/// <summary>`analytics demo`: the README's first command. On a fresh clone: generate the synthetic
/// province (if absent) → ingest it → run the checks → evaluate against its planted truth → show
/// what the warehouse holds; later stages (formalism, briefing, serve) join as they land. Running it twice
/// changes nothing. `--no-serve` always stops after the first pass. Everything lives in the demo's own
/// folder (<see cref="DemoFolder"/>, data/demo/), never beside the production warehouse.</summary>
internal static class DemoCommand
{
    /// <summary>Counts per rule, then the first findings of each rule (the latest period first).</summary>
    internal static void PrintTopFindings(IReadOnlyList<Analytics.Warehouse.Checks.Finding> findings, TextWriter output, int perRule = 2)
    {
        var byRule = findings.GroupBy(f => f.Rule).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}");
        output.WriteLine($"{findings.Count:N0} findings: " + string.Join(", ", byRule));
        foreach (var group in findings.GroupBy(f => f.Rule).OrderBy(g => g.Key, StringComparer.Ordinal))
            foreach (var f in group
                .OrderByDescending(f => f.Period, StringComparer.Ordinal).ThenBy(f => f.SubjectId, StringComparer.Ordinal).Take(perRule))
                output.WriteLine($"  {f.Rule} {f.Period} {f.SubjectKind} {f.SubjectId} ({f.UnitCode}): {f.Message}");
    }

    /// <summary>The demo's SQL source: one commune delivered as a SQLite database beside the warehouse
    /// (sources/bloc.sqlite in the demo's folder, pulled as "bloc-sqlite"; production's appsettings.json has no such source).</summary>
    internal static Analytics.Etl.Sources.SourceSettings DemoSqlSource(string warehousePath) => new()
    {
        Name = "bloc-sqlite",
        Kind = "sqlite",
        Path = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(warehousePath))!, "sources", "bloc.sqlite"),
        Queries = new(SqliteBloc.Queries),
        WatermarkColumn = SqliteBloc.WatermarkColumn,
    };

    public static Command Create(Option<string> warehouse, CliConsole console)
    {
        var noServe = new Option<bool>("--no-serve") { Description = "Stop after the first pass (for scripts and CI)" };
        var province = new Option<string?>("--province")
        {
            Description = $"Where the synthetic province lives (default: province/ in the demo's folder, {DemoFolder.Default}/)",
        };
        var members = new Option<int>("--members")
        {
            Description = "Party members when generating",
            DefaultValueFactory = _ => new ProvinceOptions().Members,
        };
        var command = new Command("demo", "Generate the synthetic province, ingest it and show what the warehouse holds")
            { noServe, province, members };
        command.SetAction(parse =>
        {
            var clock = Stopwatch.StartNew();
            var path = DemoFolder.WarehousePath(parse.GetResult(warehouse) is { Implicit: false } ? parse.GetValue(warehouse) : null);
            var home = DemoFolder.Claim(path);
            console.Out.WriteLine($"== the demo keeps to {home}: its own warehouse, key, province, sources, briefings, jobs and logins; " +
                "production data is not touched");
            var folder = parse.GetValue(province) ?? Path.Combine(home, "province");
            var truth = Path.Combine(folder, "truth.json");
            if (File.Exists(truth)) console.Out.WriteLine($"== province: {Path.GetFullPath(folder)} (already generated)");
            else
            {
                console.Out.WriteLine($"== generating the synthetic province into {Path.GetFullPath(folder)}");
                GenerateCommand.Print(
                    ProvinceGenerator.Write(folder, new ProvinceOptions { Members = parse.GetValue(members) }), console.Out);
                GenerateCommand.PrintBloc(SqliteBloc.Write(folder, DemoSqlSource(path).Path!), DemoSqlSource(path).Path!, console.Out);
            }

            console.Out.WriteLine($"== ingest into {Path.GetFullPath(path)}");
            var exit = IngestCommand.Run(path, [folder], new IngestOptions(), console, quiet: true);
            if (File.Exists(DemoSqlSource(path).Path))
            {
                var landing = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, "landing");
                exit = Math.Max(exit, PullCommand.Run(path, landing, [DemoSqlSource(path)], console));
            }

            using var store = WarehouseStore.Open(path);
            PseudonymSecret.Bind(store);
            var years = store.RatingYears();
            console.Out.WriteLine($"== regulation checks R01–R11 for {string.Join(", ", years)}");
            var findings = CheckCommand.Run(store, years, null, console with { Error = console.Out }).SelectMany(r => r.Findings).ToList();
            PrintTopFindings(findings, console.Out);

            console.Out.WriteLine($"== formalism scoring for {string.Join(", ", years)}: the units most at risk, and why");
            FormalismCommand.PrintTop(FormalismCommand.Run(store, years, console with { Error = console.Out }).Scores, console.Out);

            console.Out.WriteLine("== against the planted truth");
            EvaluateCommand.Run(new TruthEvaluation(store, ProvinceTruth.Read(truth)), new EvaluateCommand.Bars(1, 1, 0.9), console.Out);
            if (years.Count > 0)
            {
                var quarter = $"{years[^1]}-Q4";
                console.Out.WriteLine($"== briefing pack for the latest quarter with data, {quarter}");
                var pack = BriefCommand.Write(store, quarter, BriefCommand.DefaultFolder(path, quarter), console.Settings);
                BriefCommand.Print(pack, console.Out);
            }
            console.Out.WriteLine("== what the warehouse holds now");
            StatsCommand.Print(store.Counts(), console.Out);
            console.Out.WriteLine($"== done in {clock.Elapsed.TotalSeconds:0.0} s. Look further with: " +
                $"analytics rejects --warehouse {path} | analytics stats --json --warehouse {path} | any DuckDB client on {path}");
            if (parse.GetValue(noServe)) return exit == 2 ? 2 : 0;
            console.Out.WriteLine("== the dashboard's demo logins");
            DemoLogins.Reset(store, console.Out);
            store.Dispose();   // serve opens the warehouse itself
            var demoServe = DemoFolder.ServeConfiguration(console.Settings.Configuration, path);   // the demo's sources, jobs and landing
            var serve = new Serve.ServeOptions { Warehouse = path, Urls = ServeCommand.DefaultUrls(console.Settings) };
            return ServeCommand.Run(serve, demoServe, console);
        });
        return command;
    }
}
