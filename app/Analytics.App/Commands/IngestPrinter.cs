using System.Globalization;
using Analytics.Etl.Loading;
using Analytics.Warehouse.Store;

namespace Analytics.App.Commands;

/// <summary>One block per submission: rows read, loaded, unchanged, quarantined, time taken.</summary>
internal static class IngestPrinter
{
    public static void Print(IngestReport report, TextWriter output, bool quiet = false)
    {
        var seconds = report.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        switch (report.Status)
        {
            case IngestStatus.AlreadyLoaded:
                output.WriteLine($"{report.Submission}: unchanged — {report.Reason}");
                break;
            case IngestStatus.Rejected:
                output.WriteLine($"{report.Submission}: REJECTED (batch {report.BatchId}) — {report.Reason}");
                break;
            default:
                var o = report.Outcome!;
                output.WriteLine($"{report.Submission}: batch {report.BatchId}: {o.Read:N0} rows read, {o.Loaded:N0} loaded, " +
                    $"{o.Unchanged:N0} unchanged, {o.Quarantined:N0} quarantined in {seconds} s");
                if (quiet) break;
                foreach (var (kind, c) in o.Kinds)
                    output.WriteLine(
                        $"  {kind,-10} {c.Read,9:N0} read {c.Loaded,9:N0} loaded " +
                        $"{c.Unchanged,7:N0} unchanged {c.Quarantined,5:N0} quarantined");
                foreach (var file in report.Files.Where(f => f.UnknownColumns.Count > 0))
                    output.WriteLine($"  note: {file.File} has columns kept as raw extra data: {string.Join(", ", file.UnknownColumns)}");
                break;
        }
        foreach (var warning in report.Warnings) output.WriteLine($"  warning: {warning}");
    }

    /// <summary>`ingest --timings`: each stage's time summed over the threads that ran it (decoding runs on
    /// reading threads while the writer appends, so the stages can add up to more than the wall clock).</summary>
    public static void PrintTimings(StageTimings timings, TimeSpan wall, long rows, ProcessCost cost, TextWriter output)
    {
        var inv = CultureInfo.InvariantCulture;
        output.WriteLine("stage                          seconds   of wall      runs");
        foreach (var (stage, elapsed, count) in timings.Stages())
            output.WriteLine(string.Create(inv, $"{stage,-28} {elapsed.TotalSeconds,9:0.00} {elapsed / wall,9:0%} {count,9:N0}"));
        var rate = rows / Math.Max(wall.TotalSeconds, 1e-9);
        output.WriteLine(string.Create(inv, $"{"wall clock",-28} {wall.TotalSeconds,9:0.00}      100%  ({rate:N0} rows/s)"));
        // On a shared machine the wall clock says little: the process's own processor time and the
        // garbage collector's work during the ingest say where the cost is (carried out by `serve`, the
        // server's other work in that time counts too).
        output.WriteLine(string.Create(inv, $"{"processor time",-28} {cost.Processor,9:0.00}            (user {cost.User:0.00} s)"));
        output.WriteLine(string.Create(inv,
            $"{"allocated",-28} {cost.AllocatedBytes / 1e9,9:0.00} GB         " +
            $"(GC: {cost.Gen0:N0} gen0, {cost.Gen1:N0} gen1, {cost.Gen2:N0} gen2; pauses {cost.Pauses:0.00} s)"));
    }
}

/// <summary>What this process has spent so far (processor, allocations, collections); subtract two to get
/// what a verb spent.</summary>
internal readonly record struct ProcessCost(double Processor, double User, long AllocatedBytes, int Gen0, int Gen1, int Gen2, double Pauses)
{
    public static ProcessCost Now()
    {
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        return new(process.TotalProcessorTime.TotalSeconds, process.UserProcessorTime.TotalSeconds, GC.GetTotalAllocatedBytes(),
            GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration().TotalSeconds);
    }

    public static ProcessCost operator -(ProcessCost a, ProcessCost b) => new(a.Processor - b.Processor, a.User - b.User,
        a.AllocatedBytes - b.AllocatedBytes, a.Gen0 - b.Gen0, a.Gen1 - b.Gen1, a.Gen2 - b.Gen2, a.Pauses - b.Pauses);
}
