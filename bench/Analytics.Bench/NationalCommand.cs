using System.CommandLine;
using System.Globalization;
using System.Text.Json;

namespace Analytics.Bench;

/// <summary>`analytics-bench national [--provinces 4] [--members 160000] [--web-seconds 10]`: a generated
/// country in one warehouse, each step of its year timed (see <see cref="NationalBenchmark"/>).</summary>
internal static class NationalCommand
{
    public static Command Create(Option<bool> json, Option<string> work, BenchConsole console)
    {
        var provinces = new Option<int>("--provinces")
        {
            Description = "Provinces of the country (34 nationally)",
            DefaultValueFactory = _ => 4,
        };
        var members = new Option<int>("--members")
        {
            Description = "Party members of each province (5.5M members / 34 provinces ≈ 160,000)",
            DefaultValueFactory = _ => 160_000,
        };
        var webSeconds = new Option<int>("--web-seconds")
        {
            Description = "Seconds of dashboard load (2 clients)",
            DefaultValueFactory = _ => 10,
        };
        var command = new Command("national", "A generated country in one warehouse: ingest, rules, formalism, briefing pack, dashboard")
        {
            provinces, members, webSeconds,
        };
        command.SetAction(parse =>
        {
            var (n, m, s) = (parse.GetValue(provinces), parse.GetValue(members), parse.GetValue(webSeconds));
            if (n is <= 0 or > 99 || m < 500 || s <= 0)
            {
                console.Error.WriteLine("error: --provinces must be 1–99, --members at least 500, --web-seconds positive");
                return 1;
            }
            var r = NationalBenchmark.Run(n, m, parse.GetValue(work)!, s, x => console.Error.WriteLine(x)).GetAwaiter().GetResult();
            Print(r, parse.GetValue(json), console.Out);
            return 0;
        });
        return command;
    }

    private static void Print(NationalBenchmark.Result r, bool json, TextWriter output)
    {
        var inv = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(inv,
            $"country              {r.Provinces} provinces × {r.MembersPerProvince:N0} members, years {r.Year} and the one before: " +
            $"{r.Submissions:N0} submissions, {r.Rows:N0} rows ({r.Ratings:N0} ratings)"));
        output.WriteLine(string.Create(inv, $"generate             {r.GenerateSeconds,7:0.0} s   (the benchmark's own cost, not counted)"));
        output.WriteLine(string.Create(inv,
            $"ingest               {r.IngestSeconds,7:0.0} s   {r.IngestRowsPerSecond:N0} rows/s; processor {r.Cpu.Ingest:0.0} s"));
        output.WriteLine(string.Create(inv,
            $"rules R01–R11        {r.CheckSeconds,7:0.0} s   {r.Findings:N0} findings for {r.Year}; processor {r.Cpu.Check:0.0} s"));
        output.WriteLine(string.Create(inv, $"formalism            {r.FormalismSeconds,7:0.0} s   processor {r.Cpu.Formalism:0.0} s"));
        output.WriteLine(string.Create(inv,
            $"briefing pack        {r.BriefSeconds,7:0.0} s   ({r.Year}-Q4); processor {r.Cpu.Brief:0.0} s"));
        output.WriteLine(string.Create(inv,
            $"dashboard start      {r.DashboardStartSeconds,7:0.0} s   (read model built); first page p50 " +
            $"{r.FirstPage.P50:0} ms, p95 {r.FirstPage.P95:0} ms ({r.FirstPage.Requests:N0} requests)"));
        output.WriteLine(string.Create(inv, $"the year             {r.YearSeconds,7:0.0} s   (ingest to dashboard)"));
        output.WriteLine(string.Create(inv, $"peak resident set    {r.PeakResidentBytes / (1 << 20),7:N0} MiB"));
        output.WriteLine(string.Create(inv, $"warehouse            {r.WarehouseBytes / (1 << 20),7:N0} MiB"));
        if (!json) return;
        output.WriteLine(JsonSerializer.Serialize(new
        {
            bench = "national",
            provinces = r.Provinces,
            members_per_province = r.MembersPerProvince,
            submissions = r.Submissions,
            rows = r.Rows,
            ratings = r.Ratings,
            generate_seconds = Math.Round(r.GenerateSeconds, 2),
            ingest_seconds = Math.Round(r.IngestSeconds, 2),
            ingest_rows_per_s = Math.Round(r.IngestRowsPerSecond),
            check_seconds = Math.Round(r.CheckSeconds, 2),
            findings = r.Findings,
            formalism_seconds = Math.Round(r.FormalismSeconds, 2),
            brief_seconds = Math.Round(r.BriefSeconds, 2),
            processor_seconds = new
            {
                ingest = Math.Round(r.Cpu.Ingest, 2),
                check = Math.Round(r.Cpu.Check, 2),
                formalism = Math.Round(r.Cpu.Formalism, 2),
                brief = Math.Round(r.Cpu.Brief, 2),
            },
            dashboard_start_seconds = Math.Round(r.DashboardStartSeconds, 2),
            first_page_p50_ms = Math.Round(r.FirstPage.P50, 1),
            first_page_p95_ms = Math.Round(r.FirstPage.P95, 1),
            year_seconds = Math.Round(r.YearSeconds, 2),
            peak_resident_mib = r.PeakResidentBytes / (1 << 20),
            warehouse_mib = r.WarehouseBytes / (1 << 20),
        }));
    }
}
