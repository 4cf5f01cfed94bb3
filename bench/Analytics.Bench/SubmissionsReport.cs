using System.Globalization;
using System.Text.Json;
using Analytics.Warehouse.Store;

namespace Analytics.Bench;

/// <summary>What `analytics-bench ingest --submissions` prints: the province as its submissions, the ceiling,
/// the ratio, the single-file rate, memory, and where the time went (each stage summed over its threads).</summary>
internal static class SubmissionsReport
{
    public static void Print(SubmissionsBenchmark.Result r, bool json, TextWriter output)
    {
        var inv = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(inv,
            $"province             {r.Members:N0} members: {r.Submissions:N0} submissions, {r.Files:N0} files, " +
            $"{r.Rows:N0} rows ({r.Bytes / 1e6:N0} MB)"));
        output.WriteLine(string.Create(inv, $"as submissions       {r.IngestSeconds,6:0.00} s  {r.IngestRowsPerSecond,9:N0} rows/s  " +
            $"({r.Transactions:N0} transactions; process CPU {r.IngestCpuSeconds:0.0} s)"));
        output.WriteLine(string.Create(inv, $"DuckDB read_csv      {r.ReadCsvSeconds,6:0.00} s  {r.ReadCsvRowsPerSecond,9:N0} rows/s  " +
            $"(the same files into bare tables, the ceiling; it kept {r.ReadCsvRows:N0} rows)"));
        output.WriteLine(string.Create(inv, $"ratio                {r.Ratio:0.00}x the ceiling's time"));
        if (r.SingleFile is { } single)
            output.WriteLine(string.Create(inv,
                $"single file          {single.IngestSeconds,6:0.00} s  {single.IngestRowsPerSecond,9:N0} rows/s  " +
                $"({single.Rows:N0} rows in one ratings.csv; its read_csv {single.ReadCsvRowsPerSecond:N0} rows/s)"));
        output.WriteLine("stage                          seconds      runs   (summed over the threads that ran it)");
        foreach (var (stage, elapsed, count) in r.Stages)
            output.WriteLine(string.Create(inv, $"  {stage,-26} {elapsed.TotalSeconds,9:0.00} {count,9:N0}"));
        if (!json) return;
        output.WriteLine(JsonSerializer.Serialize(new
        {
            bench = "ingest-submissions",
            members = r.Members,
            submissions = r.Submissions,
            rows = r.Rows,
            ingest_seconds = Math.Round(r.IngestSeconds, 3),
            ingest_rows_per_s = Math.Round(r.IngestRowsPerSecond),
            ingest_cpu_seconds = Math.Round(r.IngestCpuSeconds, 2),
            transactions = r.Transactions,
            read_csv_seconds = Math.Round(r.ReadCsvSeconds, 3),
            read_csv_rows_per_s = Math.Round(r.ReadCsvRowsPerSecond),
            read_csv_rows_kept = r.ReadCsvRows,
            ratio = Math.Round(r.Ratio, 2),
            single_file_rows_per_s = r.SingleFile is { } s ? Math.Round(s.IngestRowsPerSecond) : (double?)null,
            peak_working_set_mib = r.PeakWorkingSetBytes / (1 << 20),
            stages = r.Stages.ToDictionary(s => s.Stage, s => Math.Round(s.Elapsed.TotalSeconds, 3)),
        }));
    }
}
