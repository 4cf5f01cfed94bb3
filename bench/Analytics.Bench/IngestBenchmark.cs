using System.Diagnostics;
using Analytics.Etl.Loading;
using Analytics.Etl.Sources;
using Analytics.Etl.Validation;
using Analytics.Synthetic;
using Analytics.Warehouse.Store;
using DuckDB.NET.Data;

namespace Analytics.Bench;

/// <summary>`analytics-bench ingest`: the full ingest path (detect, decode, validate, pseudonymise,
/// Appender, set checks, merge, commit) against DuckDB's own read_csv of the same file into a bare
/// table, the ceiling.</summary>
public static class IngestBenchmark
{
    public sealed record Result(
        long Rows, double IngestSeconds, double CommitSeconds, double ReadCsvSeconds, long LoadedRows, long PeakWorkingSetBytes)
    {
        public double IngestRowsPerSecond => Rows / IngestSeconds;
        public double ReadCsvRowsPerSecond => Rows / ReadCsvSeconds;
        public double Ratio => IngestSeconds / ReadCsvSeconds;
    }

    public static Result Run(long rows, string workFolder, Action<string> log)
    {
        var input = Path.Combine(workFolder, "submission");
        if (Directory.Exists(workFolder)) Directory.Delete(workFolder, true);
        var clock = Stopwatch.StartNew();
        RatingsCsvWorkload.Write(input, rows);
        log($"generated {rows:N0} rows ({new FileInfo(Path.Combine(input, "ratings.csv")).Length / 1e6:N0} MB) " +
            $"in {clock.Elapsed.TotalSeconds:N1} s");

        double ingestSeconds, commitSeconds;
        long loaded;
        using (var store = WarehouseStore.Open(Path.Combine(workFolder, "bench.duckdb")))
        {
            using var keys = new PersonKeys(BenchProvince.Secret);
            using var ingestor = new SubmissionIngestor(store, keys, new IngestOptions());
            ingestor.Progress += p => log($"  {p.File}: {p.Rows:N0} rows ({p.Rows / p.Elapsed.TotalSeconds:N0} rows/s)");
            clock.Restart();
            var report = ingestor.Ingest(SubmissionLocator.Locate([input])[0]);
            ingestSeconds = clock.Elapsed.TotalSeconds;
            commitSeconds = report.CommitElapsed.TotalSeconds;
            if (report.Status != IngestStatus.Loaded) throw new InvalidOperationException($"bench ingest failed: {report.Reason}");
            loaded = report.Outcome!.Kinds["ratings"].Loaded;
            if (loaded != rows) throw new InvalidOperationException($"bench ingest loaded {loaded:N0} of {rows:N0} ratings");
        }
        var peak = Process.GetCurrentProcess().PeakWorkingSet64;

        using (var connection = new DuckDBConnection($"Data Source={Path.Combine(workFolder, "ceiling.duckdb")}"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE ratings AS SELECT * FROM read_csv($1, header = true)";
            command.Parameters.Add(new DuckDBParameter(Path.Combine(input, "ratings.csv")));
            clock.Restart();
            command.ExecuteNonQuery();
            var ceiling = clock.Elapsed.TotalSeconds;
            return new Result(rows, ingestSeconds, commitSeconds, ceiling, loaded, peak);
        }
    }
}
