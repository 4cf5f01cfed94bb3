using System.Diagnostics;
using Analytics.Etl.Loading;
using Analytics.Etl.Sources;
using Analytics.Etl.Validation;
using Analytics.Warehouse.Store;
using DuckDB.NET.Data;

namespace Analytics.Bench;

/// <summary>`analytics-bench ingest --submissions`: the generated province delivered as its submissions (one
/// folder per commune or agency, messy: legacy encodings, `;`, Vietnamese headers, bad rows) ingested end to
/// end into a fresh warehouse, against DuckDB's read_csv of the same files into bare tables (the ceiling) and
/// against the single-file path over as many rows, all in the same run.</summary>
public static class SubmissionsBenchmark
{
    public sealed record Result(int Members, int Submissions, int Files, long Rows, long Bytes, double IngestSeconds,
        double IngestCpuSeconds, int Transactions, double ReadCsvSeconds, long ReadCsvRows, IngestBenchmark.Result? SingleFile,
        long PeakWorkingSetBytes, IReadOnlyList<(string Stage, TimeSpan Elapsed, long Count)> Stages)
    {
        public double IngestRowsPerSecond => Rows / IngestSeconds;
        public double ReadCsvRowsPerSecond => Rows / ReadCsvSeconds;   // the same rows as the pipeline reads
        public double Ratio => IngestSeconds / ReadCsvSeconds;
    }

    private const string ReadCsv = """
        CREATE TABLE delivered AS
        SELECT * FROM read_csv($1, header = true, union_by_name = true, all_varchar = true, strict_mode = false, ignore_errors = true)
        """;

    public static Result Run(int members, string workFolder, bool singleFile, Action<string> log)
    {
        Directory.CreateDirectory(workFolder);
        var province = BenchProvince.Generate(members, workFolder, log);
        var submissions = SubmissionLocator.Locate([province]);
        var files = submissions.SelectMany(s => s.Files).ToList();
        var warehouse = Path.Combine(workFolder, "submissions.duckdb");
        foreach (var stale in Directory.GetFiles(workFolder, "submissions.duckdb*")) File.Delete(stale);
        log($"ingesting {submissions.Count:N0} submissions ({files.Count:N0} files, {files.Sum(f => f.Length) / 1e6:N0} MB)");

        var timings = new StageTimings();
        IReadOnlyList<IngestReport> reports;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        using (var store = WarehouseStore.Open(warehouse))
        using (var keys = new PersonKeys(BenchProvince.Secret))
        using (var ingestor = new SubmissionIngestor(store, keys, new IngestOptions { Timings = timings }))
        {
            reports = ingestor.IngestAll(submissions);
        }
        var ingestSeconds = clock.Elapsed.TotalSeconds;
        var ingestCpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        var peak = Process.GetCurrentProcess().PeakWorkingSet64;
        var rows = reports.Sum(r => r.Outcome?.Read ?? 0);
        if (reports.FirstOrDefault(r => r.Status != IngestStatus.Loaded) is { } failed)
            throw new InvalidOperationException($"bench: submission {failed.Submission} of the province did not load: {failed.Reason}");
        var transactions = (int)timings.Stages().Where(s => s.Stage == IngestStage.Commit).Sum(s => s.Count);

        var (readCsvSeconds, readCsvRows) = Ceiling(workFolder, submissions);
        log($"DuckDB read_csv over the same files: {readCsvRows:N0} rows in {readCsvSeconds:N2} s");
        var single = singleFile ? IngestBenchmark.Run(rows, Path.Combine(workFolder, "single-file"), log) : null;
        return new Result(members, submissions.Count, files.Count, rows, files.Sum(f => f.Length), ingestSeconds, ingestCpu, transactions,
            readCsvSeconds, readCsvRows, single, peak, timings.Stages());
    }

    /// <summary>DuckDB's read_csv of every file of each kind into a bare table (one statement per kind):
    /// every file sniffed for its dialect and header, every cell kept as text. DuckDB reads UTF-8 only: it
    /// parses the legacy-encoded files' rows and drops those that are not valid UTF-8 (ignore_errors), so
    /// it keeps fewer rows than the pipeline loads for the same work.</summary>
    private static (double Seconds, long Rows) Ceiling(string workFolder, IReadOnlyList<Submission> submissions)
    {
        var path = Path.Combine(workFolder, "ceiling.duckdb");
        foreach (var stale in Directory.GetFiles(workFolder, "ceiling.duckdb*")) File.Delete(stale);
        using var connection = new DuckDBConnection($"Data Source={path}");
        connection.Open();
        var byKind = submissions.SelectMany(s => s.Files.Select(f => Path.Combine(s.Location, f.Name)))
            .GroupBy(f => Path.GetFileNameWithoutExtension(f), StringComparer.Ordinal);
        var clock = Stopwatch.StartNew();
        long rows = 0;
        var table = 0;
        foreach (var kind in byKind)
        {
            using var command = connection.CreateCommand();
            command.CommandText = ReadCsv.Replace("delivered", $"delivered_{++table}", StringComparison.Ordinal);
            command.Parameters.Add(new DuckDBParameter(kind.ToArray()));
            command.ExecuteNonQuery();
        }
        var seconds = clock.Elapsed.TotalSeconds;
        for (var i = 1; i <= table; i++)
        {
            using var count = connection.CreateCommand();
            count.CommandText = $"SELECT count(*) FROM delivered_{i}";
            rows += Convert.ToInt64(count.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        }
        return (seconds, rows);
    }
}
