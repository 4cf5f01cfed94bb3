using System.Diagnostics;
using Analytics.Dashboards.Briefing;
using Analytics.Etl.Loading;
using Analytics.Etl.Sources;
using Analytics.Etl.Validation;
using Analytics.Synthetic;
using Analytics.Warehouse.Checks;
using Analytics.Warehouse.Formalism;
using Analytics.Warehouse.Store;

namespace Analytics.Bench;

/// <summary>`analytics-bench national`: a generated country in one warehouse: N provinces (each its own seed
/// and code prefix, one rating year plus the year before for R08), generated and ingested as their
/// submissions one province at a time (each province's files deleted once loaded, so disk and memory stay
/// flat), then the rules R01–R11 and the formalism scoring of the latest year, its fourth quarter's briefing
/// pack and the dashboard's first page, each timed, with the process's peak resident set and the warehouse
/// size.</summary>
public static class NationalBenchmark
{
    /// <summary>Processor seconds of this process per step (on a shared machine the wall clock says little).</summary>
    public sealed record Processor(double Ingest, double Check, double Formalism, double Brief);

    public sealed record Result(int Provinces, int MembersPerProvince, string Year, int Submissions, long Rows, long Ratings,
        double GenerateSeconds, double IngestSeconds, double CheckSeconds, int Findings, double FormalismSeconds,
        double BriefSeconds, double DashboardStartSeconds, WebBenchmark.Figures FirstPage, long PeakResidentBytes, long WarehouseBytes,
        Processor Cpu)
    {
        public double IngestRowsPerSecond => Rows / IngestSeconds;

        /// <summary>The country's year from delivered files to briefing pack (generation is the benchmark's own cost).</summary>
        public double YearSeconds => IngestSeconds + CheckSeconds + FormalismSeconds + BriefSeconds + DashboardStartSeconds;
    }

    public const int LastYear = 2025;

    public static async Task<Result> Run(int provinces, int members, string workFolder, int webSeconds, Action<string> log)
    {
        var folder = Path.Combine(workFolder, $"national-{provinces}x{members}");
        if (Directory.Exists(folder)) Directory.Delete(folder, true);
        Directory.CreateDirectory(folder);
        var warehouse = Path.Combine(folder, "national.duckdb");
        var year = LastYear.ToString(System.Globalization.CultureInfo.InvariantCulture);

        double generate = 0, ingest = 0, ingestCpu = 0;
        var (submissions, rows) = (0, 0L);
        using (var store = WarehouseStore.Open(warehouse))
        using (var keys = new PersonKeys(BenchProvince.Secret))
        {
            store.BindKey(BenchProvince.Secret);
            for (var p = 1; p <= provinces; p++)
            {
                var options = new ProvinceOptions
                {
                    Members = members,
                    FirstYear = LastYear - 1,
                    LastYear = LastYear,
                    Seed = new ProvinceOptions().Seed + p,
                    CodePrefix = $"P{p:00}-",
                };
                var province = Path.Combine(folder, $"province-{p:00}");
                var clock = Stopwatch.StartNew();
                ProvinceGenerator.Write(province, options);
                generate += clock.Elapsed.TotalSeconds;
                clock.Restart();
                var cpu = Cpu();
                var delivered = SubmissionLocator.Locate([province]);
                var timings = new StageTimings();
                using var ingestor = new SubmissionIngestor(store, keys, new IngestOptions { Timings = timings });
                var reports = ingestor.IngestAll(delivered);
                ingest += clock.Elapsed.TotalSeconds;
                ingestCpu += Cpu() - cpu;
                if (reports.FirstOrDefault(r => r.Status != IngestStatus.Loaded) is { } failed)
                {
                    throw new InvalidOperationException(
                        $"bench: submission {failed.Submission} of province {p} did not load: {failed.Reason}");
                }
                submissions += reports.Count;
                var read = reports.Sum(r => r.Outcome?.Read ?? 0);
                rows += read;
                log($"province {p}/{provinces}: {reports.Count:N0} submissions, {read:N0} rows in {clock.Elapsed.TotalSeconds:N1} s");
                // Where a province's ingest went, so that a stage growing with the warehouse shows itself.
                log("  " + string.Join(", ", timings.Stages().Where(s => s.Elapsed.TotalSeconds >= 0.5)
                    .Select(s => $"{s.Stage} {s.Elapsed.TotalSeconds:N1} s")));
                Directory.Delete(province, true);
            }
        }

        double check, formalism, brief, checkCpu, formalismCpu, briefCpu;
        int findings;
        long ratings;
        using (var store = WarehouseStore.Open(warehouse))
        {
            store.BindKey(BenchProvince.Secret);   // findings are keyed with the secret the provinces were loaded with
            ratings = store.Scalar("SELECT count(*) FROM rating");
            var clock = Stopwatch.StartNew();
            var cpu = Cpu();
            findings = new CheckRunner(store, new CheckSettings()).Run(year).Findings.Count;
            (check, checkCpu) = (clock.Elapsed.TotalSeconds, Cpu() - cpu);
            log($"rules R01–R11 for {year}: {findings:N0} findings in {check:N1} s");
            (clock, cpu) = (Stopwatch.StartNew(), Cpu());
            new FormalismRunner(store, new FormalismSettings()).Run([year]);
            (formalism, formalismCpu) = (clock.Elapsed.TotalSeconds, Cpu() - cpu);
            log($"formalism for {year} in {formalism:N1} s");
            (clock, cpu) = (Stopwatch.StartNew(), Cpu());
            BriefingPack.Write(store, $"{year}-Q4", Path.Combine(folder, "brief"), new BriefingOptions());
            (brief, briefCpu) = (clock.Elapsed.TotalSeconds, Cpu() - cpu);
            log($"briefing pack for {year}-Q4 in {brief:N1} s");
        }

        var web = await WebBenchmark.Run(warehouse, clients: 2, webSeconds, log);
        var firstPage = web.Pages.Single(p => p.Page == "overview");
        var bytes = Directory.GetFiles(folder, "national.duckdb*").Sum(f => new FileInfo(f).Length);
        var peak = Process.GetCurrentProcess().PeakWorkingSet64;
        Directory.Delete(Path.Combine(folder, "brief"), true);
        return new Result(provinces, members, year, submissions, rows, ratings, generate, ingest, check, findings, formalism, brief,
            web.StartSeconds, firstPage, peak, bytes, new Processor(ingestCpu, checkCpu, formalismCpu, briefCpu));
    }

    private static double Cpu() => Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;
}
