using System.Diagnostics;
using Analytics.Dashboards.Briefing;
using Analytics.Etl.Loading;
using Analytics.Etl.Sources;
using Analytics.Etl.Validation;
using Analytics.Synthetic;
using Analytics.Warehouse.Checks;
using Analytics.Warehouse.Store;

namespace Analytics.Bench;

/// <summary>`analytics-bench brief`: the whole briefing pack (seven charts as PNG and SVG,
/// briefing.html, findings.xlsx, the zip) for the latest year's fourth quarter of a generated
/// province, or of a copy of a given warehouse. The province and its warehouse are kept in the work
/// folder (shared with `bench check`), so only the first run pays for generation, ingest and checks.
/// The first pack of the process is timed apart (JIT, font loading), then the best of the next.</summary>
public static class BriefBenchmark
{
    public sealed record Result(
        int Members, long Ratings, string Quarter, double FirstSeconds, double Seconds, int Files, long Bytes, long ZipBytes,
        string Folder);

    public static Result Run(int members, string workFolder, string? warehouseCopy, int repeats, Action<string> log)
    {
        string warehouse;
        if (warehouseCopy is not null)
        {
            warehouse = Path.Combine(workFolder, "brief-" + Path.GetFileName(warehouseCopy));
            Directory.CreateDirectory(workFolder);
            File.Copy(warehouseCopy, warehouse, overwrite: true);   // DuckDB: one writer; never open the original
        }
        else warehouse = BenchProvince.Prepare(members, workFolder, log).Warehouse;

        using var store = WarehouseStore.Open(warehouse);
        var years = store.RatingYears();
        if (years.Count == 0) throw new InvalidDataException($"{warehouse} holds no yearly ratings to brief on");
        if (store.Scalar("SELECT count(*) FROM check_run") == 0)
        {
            store.BindKey(BenchProvince.Secret);
            var runner = new CheckRunner(store, new CheckSettings());
            foreach (var year in years) runner.Run(year);
            log($"checks run for {string.Join(", ", years)}");
        }
        var quarter = $"{years[^1]}-Q4";
        var folder = Path.Combine(workFolder, "brief-" + quarter);
        var clock = Stopwatch.StartNew();
        var result = BriefingPack.Write(store, quarter, folder, new BriefingOptions());
        var first = clock.Elapsed.TotalSeconds;
        var best = double.MaxValue;
        for (var i = 0; i < Math.Max(1, repeats); i++)
        {
            clock.Restart();
            result = BriefingPack.Write(store, quarter, folder, new BriefingOptions());
            best = Math.Min(best, clock.Elapsed.TotalSeconds);
        }
        var bytes = result.Files.Sum(f => new FileInfo(f).Length);
        return new Result(members, store.Scalar("SELECT count(*) FROM rating"), quarter, first, best,
            result.Files.Count, bytes, new FileInfo(result.ZipPath).Length, folder);
    }
}
