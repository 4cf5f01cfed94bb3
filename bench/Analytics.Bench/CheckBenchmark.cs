using System.Diagnostics;
using Analytics.Etl.Loading;
using Analytics.Etl.Sources;
using Analytics.Etl.Validation;
using Analytics.Synthetic;
using Analytics.Warehouse.Checks;
using Analytics.Warehouse.Store;

namespace Analytics.Bench;

/// <summary>`analytics-bench check`: every rule for every year of a generated province. The province
/// and its warehouse are kept in the work folder, so only the first run pays for generation and ingest.</summary>
public static class CheckBenchmark
{
    public sealed record Result(
        int Members, long Ratings, int Periods, double Seconds, double PrepareSeconds, int Findings,
        IReadOnlyDictionary<string, double> SecondsByRule);

    public static Result Run(int members, string workFolder, Action<string> log)
    {
        var (_, warehouse) = BenchProvince.Prepare(members, workFolder, log);
        using var store = WarehouseStore.Open(warehouse);
        store.BindKey(BenchProvince.Secret);   // findings are keyed with the secret the province was loaded with
        var periods = store.RatingYears();
        var ratings = store.Scalar("SELECT count(*) FROM rating");
        var runner = new CheckRunner(store, new CheckSettings());
        runner.Run(periods[^1]);                                   // warm-up: caches, JIT
        // What `analytics check` does: every rule of the period's rule set, one period after another.
        var byRule = new Dictionary<string, double>();
        var total = Stopwatch.StartNew();
        var findings = 0;
        double prepare = 0;
        foreach (var period in periods)
        {
            var result = runner.Run(period);
            findings += result.Findings.Count;
            prepare += result.PrepareElapsed.TotalSeconds;
            foreach (var (rule, elapsed) in result.RuleElapsed) byRule[rule] = byRule.GetValueOrDefault(rule) + elapsed.TotalSeconds;
        }
        return new Result(members, ratings, periods.Count, total.Elapsed.TotalSeconds, prepare, findings,
            byRule.OrderBy(r => r.Key, StringComparer.Ordinal).ToDictionary());
    }
}
