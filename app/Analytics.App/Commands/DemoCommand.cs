using System.CommandLine;
using System.Diagnostics;
using Analytics.Bench.Evaluation;
using Analytics.Bench.Synthetic;
using Analytics.Etl.Loading;
using Analytics.Warehouse.Store;

namespace Analytics.App.Commands;

/// <summary>`analytics demo`: the README's first command. On a fresh clone: generate the synthetic
/// province (if absent) → ingest it → run the checks → evaluate against its planted truth → show
/// what the warehouse holds; later stages (formalism, briefing, serve) join as they land. Running it twice
/// changes nothing. `--no-serve` always stops after the first pass.</summary>
internal static class DemoCommand
{
    public const string DefaultProvince = "data/province";

    /// <summary>Counts per rule, then the first findings of each rule (the latest period first).</summary>
    internal static void PrintTopFindings(IReadOnlyList<Analytics.Warehouse.Checks.Finding> findings, TextWriter output, int perRule = 2)
    {
        output.WriteLine($"{findings.Count:N0} findings: " + string.Join(", ", findings.GroupBy(f => f.Rule).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}")));
        foreach (var group in findings.GroupBy(f => f.Rule).OrderBy(g => g.Key, StringComparer.Ordinal))
            foreach (var f in group.OrderByDescending(f => f.Period, StringComparer.Ordinal).ThenBy(f => f.SubjectId, StringComparer.Ordinal).Take(perRule))
                output.WriteLine($"  {f.Rule} {f.Period} {f.SubjectKind} {f.SubjectId} ({f.UnitCode}): {f.Message}");
    }

    /// <summary>The demo's SQL source: one commune delivered as a SQLite database beside the warehouse
    /// (data/sources/bloc.sqlite, as "bloc-sqlite" in appsettings.json).</summary>
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
        var province = new Option<string>("--province") { Description = "Where the synthetic province lives", DefaultValueFactory = _ => DefaultProvince };
        var members = new Option<int>("--members") { Description = "Party members when generating", DefaultValueFactory = _ => new ProvinceOptions().Members };
        var command = new Command("demo", "Generate the synthetic province, ingest it and show what the warehouse holds") { noServe, province, members };
        command.SetAction(parse =>
        {
            var clock = Stopwatch.StartNew();
            var folder = parse.GetValue(province)!;
            var path = parse.GetValue(warehouse)!;
            var truth = Path.Combine(folder, "truth.json");
            if (File.Exists(truth)) console.Out.WriteLine($"== province: {Path.GetFullPath(folder)} (already generated)");
            else
            {
                console.Out.WriteLine($"== generating the synthetic province into {Path.GetFullPath(folder)}");
                GenerateCommand.Print(ProvinceGenerator.Write(folder, new ProvinceOptions { Members = parse.GetValue(members) }), console.Out);
                GenerateCommand.PrintBloc(SqliteBloc.Write(folder, DemoSqlSource(path).Path!), DemoSqlSource(path).Path!, console.Out);
            }

            console.Out.WriteLine($"== ingest into {Path.GetFullPath(path)}");
            var exit = IngestCommand.Run(path, [folder], new IngestOptions(), console, quiet: true);
            if (File.Exists(DemoSqlSource(path).Path)) exit = Math.Max(exit, PullCommand.Run(path, Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, "landing"), [DemoSqlSource(path)], console));

            using var store = WarehouseStore.Open(path);
            var years = store.RatingYears();
            console.Out.WriteLine($"== regulation checks R01–R11 for {string.Join(", ", years)}");
            var findings = CheckCommand.Run(store, years, null, console with { Error = console.Out }).SelectMany(r => r.Findings).ToList();
            PrintTopFindings(findings, console.Out);

            console.Out.WriteLine($"== formalism scoring for {string.Join(", ", years)}: the units most at risk, and why");
            FormalismCommand.PrintTop(FormalismCommand.Run(store, years, console with { Error = console.Out }).Scores, console.Out);

            console.Out.WriteLine("== against the planted truth");
            EvaluateCommand.Run(new TruthEvaluation(store, TruthFile.Read(truth)), new EvaluateCommand.Bars(1, 1, 0.9), console.Out);
            if (years.Count > 0)
            {
                var quarter = $"{years[^1]}-Q4";
                console.Out.WriteLine($"== briefing pack for the latest quarter with data, {quarter}");
                var pack = BriefCommand.Write(store, quarter, BriefCommand.DefaultFolder(path, quarter), console.Settings);
                BriefCommand.Print(pack, console.Out);
            }
            console.Out.WriteLine("== what the warehouse holds now");
            StatsCommand.Print(store.Counts(), console.Out);
            console.Out.WriteLine($"== done in {clock.Elapsed.TotalSeconds:0.0} s. " +
                $"Look further with: analytics rejects | analytics stats --json | any DuckDB client on {path}");
            if (parse.GetValue(noServe)) return exit == 2 ? 2 : 0;
            console.Out.WriteLine("== the dashboard's demo logins");
            DemoLogins.Reset(store, console.Out);
            store.Dispose();   // serve opens the warehouse itself
            var serve = new Serve.ServeOptions { Warehouse = path, Urls = ServeCommand.DefaultUrls(console.Settings) };
            return ServeCommand.Run(serve, console.Settings.Configuration, console);
        });
        return command;
    }
}
