using System.CommandLine;
using System.Globalization;
using System.Text.Json;

namespace Analytics.Bench;

/// <summary>`analytics-bench WORKLOAD`: whole-pipeline figures. With --json the figures come as one
/// JSON object on the last line.</summary>
internal static class BenchCommands
{
    public static int Run(string[] args, BenchConsole console)
    {
        var configuration = new InvocationConfiguration
        {
            Output = console.Out,
            Error = console.Error,
            EnableDefaultExceptionHandler = false,
        };
        try
        {
            return Create(console).Parse(args).Invoke(configuration);
        }
        catch (Exception e) when (e is ArgumentException or IOException or UnauthorizedAccessException or InvalidDataException
            or InvalidOperationException or HttpRequestException)
        {
            // A workload that cannot go on (a refused login, a submission that did not load) says why in one line.
            console.Error.WriteLine($"error: {e.Message}");
            return 1;
        }
    }

    private static RootCommand Create(BenchConsole console)
    {
        var json = new Option<bool>("--json") { Description = "Print the figures as one JSON object on the last line", Recursive = true };
        var work = new Option<string>("--work")
        {
            Description = "Scratch folder",
            DefaultValueFactory = _ => Path.Combine(Path.GetTempPath(), "analytics-bench"),
            Recursive = true,
        };
        var bench = new RootCommand("Benchmarks of the whole pipeline") { json, work };

        var rows = new Option<long>("--rows") { Description = "Rows of the generated ratings.csv", DefaultValueFactory = _ => 2_000_000 };
        var submissions = new Option<bool>("--submissions")
        {
            Description = "Ingest the generated province as its submissions instead (see --members); compare with read_csv and one file",
        };
        var members = new Option<int>("--members")
        {
            Description = "With --submissions: party members of the province",
            DefaultValueFactory = _ => 100_000,
        };
        var ingest = new Command("ingest", "Ingest a generated ratings CSV of N rows; compare with DuckDB's read_csv")
        {
            rows, submissions, members,
        };
        ingest.SetAction(parse =>
        {
            if (parse.GetValue(submissions))
            {
                if (parse.GetValue(members) <= 0) { console.Error.WriteLine("error: --members must be positive"); return 1; }
                var result = SubmissionsBenchmark.Run(parse.GetValue(members), parse.GetValue(work)!, singleFile: true,
                    m => console.Error.WriteLine(m));
                SubmissionsReport.Print(result, parse.GetValue(json), console.Out);
                return 0;
            }
            var n = parse.GetValue(rows);
            if (n <= 0) { console.Error.WriteLine("error: --rows must be positive"); return 1; }
            var r = IngestBenchmark.Run(n, parse.GetValue(work)!, m => console.Error.WriteLine(m));
            var inv = CultureInfo.InvariantCulture;
            console.Out.WriteLine($"rows                 {r.Rows:N0}");
            console.Out.WriteLine($"full ingest          {r.IngestSeconds.ToString("0.00", inv)} s  {r.IngestRowsPerSecond:N0} rows/s " +
                $"({r.LoadedRows:N0} loaded; set checks, merge and commit {r.CommitSeconds.ToString("0.00", inv)} s)");
            console.Out.WriteLine(
                $"DuckDB read_csv      {r.ReadCsvSeconds.ToString("0.00", inv)} s  {r.ReadCsvRowsPerSecond:N0} rows/s (ceiling)");
            console.Out.WriteLine($"ratio                {r.Ratio.ToString("0.00", inv)}x the ceiling's time");
            console.Out.WriteLine($"peak working set     {r.PeakWorkingSetBytes / (1 << 20):N0} MiB");
            if (parse.GetValue(json))
            {
                console.Out.WriteLine(JsonSerializer.Serialize(new
                {
                    bench = "ingest",
                    rows = r.Rows,
                    ingest_seconds = Math.Round(r.IngestSeconds, 3),
                    ingest_rows_per_s = Math.Round(r.IngestRowsPerSecond),
                    commit_seconds = Math.Round(r.CommitSeconds, 3),
                    read_csv_seconds = Math.Round(r.ReadCsvSeconds, 3),
                    read_csv_rows_per_s = Math.Round(r.ReadCsvRowsPerSecond),
                    ratio = Math.Round(r.Ratio, 2),
                    peak_working_set_mib = r.PeakWorkingSetBytes / (1 << 20),
                }));
            }
            return 0;
        });
        bench.Subcommands.Add(ingest);

        var checkMembers = new Option<int>("--members")
        {
            Description = "Party members of the generated province",
            DefaultValueFactory = _ => 400_000,
        };
        var check = new Command("check", "All rules for every year of a generated province") { checkMembers };
        check.SetAction(parse =>
        {
            var r = CheckBenchmark.Run(parse.GetValue(checkMembers), parse.GetValue(work)!, m => console.Error.WriteLine(m));
            var inv = CultureInfo.InvariantCulture;
            console.Out.WriteLine($"province             {r.Members:N0} members, {r.Ratings:N0} rating rows, {r.Periods} years");
            console.Out.WriteLine($"all rules, all years {r.Seconds.ToString("0.00", inv)} s ({r.Findings:N0} findings; " +
                $"preparing the period tables {r.PrepareSeconds.ToString("0.00", inv)} s)");
            foreach (var (rule, seconds) in r.SecondsByRule) console.Out.WriteLine($"  {rule}  {seconds.ToString("0.00", inv)} s");
            if (parse.GetValue(json))
                console.Out.WriteLine(JsonSerializer.Serialize(new
                {
                    bench = "check",
                    members = r.Members,
                    ratings = r.Ratings,
                    years = r.Periods,
                    seconds = Math.Round(r.Seconds, 3),
                    prepare_seconds = Math.Round(r.PrepareSeconds, 3),
                    findings = r.Findings,
                    seconds_by_rule = r.SecondsByRule.ToDictionary(x => x.Key, x => Math.Round(x.Value, 3)),
                }));
            return 0;
        });
        bench.Subcommands.Add(check);
        bench.Subcommands.Add(WebBenchCommand.Create(json, console));
        bench.Subcommands.Add(BenchBrief(json, work, console));
        bench.Subcommands.Add(Formalism(json, work, console));
        bench.Subcommands.Add(SourcesBench(console, json, work));
        bench.Subcommands.Add(NationalCommand.Create(json, work, console));
        bench.Subcommands.Add(WorkbooksBench(console, work));
        return bench;
    }

    private static Command SourcesBench(BenchConsole console, Option<bool> json, Option<string> work)
    {
        var rows = new Option<long>("--rows")
        {
            Description = "Rows of ratings each connector delivers",
            DefaultValueFactory = _ => 500_000,
        };
        var command = new Command(
            "sources", "Each connector (xlsx drop, HTTP JSON over loopback, PostgreSQL): extraction alone and end to end") { rows };
        command.SetAction(parse =>
        {
            var n = parse.GetValue(rows);
            if (n <= 0) { console.Error.WriteLine("error: --rows must be positive"); return 1; }
            var figures = SourcesBenchmark.Run(n, parse.GetValue(work)!, m => console.Error.WriteLine(m));
            console.Out.WriteLine(
                "connector      rows   extraction (fetch + land)   fetch, then load   end to end (pull: load while extracting)");
            foreach (var f in figures)
                console.Out.WriteLine(
                    $"{f.Connector,-9} {f.Rows,9:N0}   {f.FetchSeconds,6:0.00} s {f.FetchRowsPerSecond,9:N0} rows/s   " +
                    $"{f.FetchThenLoadSeconds,6:0.00} s   {f.EndToEndSeconds,6:0.00} s {f.EndToEndRowsPerSecond,9:N0} rows/s");
            if (parse.GetValue(json))
                console.Out.WriteLine(JsonSerializer.Serialize(new
                {
                    bench = "sources",
                    rows = n,
                    connectors = figures.ToDictionary(f => f.Connector, f => new
                    {
                        rows = f.Rows,
                        fetch_seconds = Math.Round(f.FetchSeconds, 3),
                        fetch_rows_per_s = Math.Round(f.FetchRowsPerSecond),
                        fetch_then_load_seconds = Math.Round(f.FetchThenLoadSeconds, 3),
                        end_to_end_seconds = Math.Round(f.EndToEndSeconds, 3),
                        end_to_end_rows_per_s = Math.Round(f.EndToEndRowsPerSecond),
                    }),
                }));
            return 0;
        });
        return command;
    }

    private static Command WorkbooksBench(BenchConsole console, Option<string> work)
    {
        var rows = new Option<long>("--rows") { Description = "Rating rows in the workbook", DefaultValueFactory = _ => 300_000 };
        var command = new Command("workbooks",
            "The project's .xlsx reader against ExcelDataReader on one large workbook: rows/s and peak heap") { rows };
        command.SetAction(parse =>
        {
            var n = parse.GetValue(rows);
            if (n <= 0) { console.Error.WriteLine("error: --rows must be positive"); return 1; }
            var figures = WorkbookReaderBenchmark.Run(n, parse.GetValue(work)!, m => console.Error.WriteLine(m));
            console.Out.WriteLine("reader                                  rows  seconds     rows/s   peak heap    allocated");
            foreach (var f in figures)
                console.Out.WriteLine($"{f.Reader,-34} {f.Rows,9:N0} {f.Seconds,8:0.00} {f.RowsPerSecond,10:N0} " +
                    $"{f.PeakHeapBytes / 1e6,8:N1} MB {f.AllocatedBytes / 1e6,9:N0} MB");
            return 0;
        });
        return command;
    }

    private static Command BenchBrief(Option<bool> json, Option<string> work, BenchConsole console)
    {
        var members = new Option<int>("--members")
        {
            Description = "Party members of the generated province",
            DefaultValueFactory = _ => 100_000,
        };
        var from = new Option<string?>("--from")
        {
            Description = "Copy this warehouse instead of generating a province (the original is never opened)",
        };
        var repeats = new Option<int>("--repeats")
        {
            Description = "Timed packs after the first (the best is reported)",
            DefaultValueFactory = _ => 3,
        };
        var brief = new Command("brief", "The whole quarterly briefing pack of a province (default 100,000 members)")
            { members, from, repeats };
        brief.SetAction(parse =>
        {
            var r = BriefBenchmark.Run(
                parse.GetValue(members), parse.GetValue(work)!, parse.GetValue(from), parse.GetValue(repeats),
                m => console.Error.WriteLine(m));
            var inv = CultureInfo.InvariantCulture;
            console.Out.WriteLine($"province             {r.Ratings:N0} rating rows, pack for {r.Quarter}");
            console.Out.WriteLine($"whole pack           {r.Seconds.ToString("0.00", inv)} s (best of the repeats); " +
                $"first in the process {r.FirstSeconds.ToString("0.00", inv)} s");
            console.Out.WriteLine(
                $"files                {r.Files} ({r.Bytes / 1024:N0} KiB; zip {r.ZipBytes / 1024:N0} KiB) in {r.Folder}");
            if (parse.GetValue(json))
                console.Out.WriteLine(JsonSerializer.Serialize(new
                {
                    bench = "brief",
                    ratings = r.Ratings,
                    quarter = r.Quarter,
                    seconds = Math.Round(r.Seconds, 3),
                    first_seconds = Math.Round(r.FirstSeconds, 3),
                    files = r.Files,
                    bytes = r.Bytes,
                    zip_bytes = r.ZipBytes,
                }));
            return 0;
        });
        return brief;
    }

    private static Command Formalism(Option<bool> json, Option<string> work, BenchConsole console)
    {
        var members = new Option<int>("--members")
        {
            Description = "Party members of the generated province",
            DefaultValueFactory = _ => 400_000,
        };
        var command = new Command("formalism", "Formalism scoring of every year of a generated province, text similarity included")
            { members };
        command.SetAction(parse =>
        {
            var r = FormalismBenchmark.Run(parse.GetValue(members), parse.GetValue(work)!, m => console.Error.WriteLine(m));
            var inv = CultureInfo.InvariantCulture;
            console.Out.WriteLine($"province             {r.Members:N0} members, {r.Ratings:N0} rating rows, {r.Periods} years");
            console.Out.WriteLine(
                $"scoring, all years   {r.Seconds.ToString("0.00", inv)} s ({r.Scored:N0} units scored, {r.TooSmall:N0} too small)");
            foreach (var (phase, seconds) in r.SecondsByPhase)
                console.Out.WriteLine($"  {phase,-18} {seconds.ToString("0.00", inv)} s " +
                    $"(processor {r.ProcessorSecondsByPhase[phase].ToString("0.00", inv)} s)");
            console.Out.WriteLine($"against the truth    precision@{r.Ranking.Planted} {r.Ranking.PrecisionAtK.ToString("0.000", inv)}, " +
                $"AUC {r.Ranking.Auc.ToString("0.000", inv)}");
            if (parse.GetValue(json))
                console.Out.WriteLine(JsonSerializer.Serialize(new
                {
                    bench = "formalism",
                    members = r.Members,
                    ratings = r.Ratings,
                    years = r.Periods,
                    seconds = Math.Round(r.Seconds, 3),
                    seconds_by_phase = r.SecondsByPhase.ToDictionary(x => x.Key, x => Math.Round(x.Value, 3)),
                    processor_seconds_by_phase = r.ProcessorSecondsByPhase.ToDictionary(x => x.Key, x => Math.Round(x.Value, 3)),
                    scored = r.Scored,
                    too_small = r.TooSmall,
                    planted = r.Ranking.Planted,
                    precision_at_k = Math.Round(r.Ranking.PrecisionAtK, 4),
                    auc = Math.Round(r.Ranking.Auc, 4),
                }));
            return 0;
        });
        return command;
    }
}
