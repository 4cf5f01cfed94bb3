using System.Diagnostics;
using Analytics.Etl.Loading;
using Analytics.Etl.Sources;
using Analytics.Etl.Validation;
using Analytics.Synthetic;
using Analytics.Warehouse.Formalism;
using Analytics.Warehouse.Store;

namespace Analytics.Bench;

/// <summary>`analytics-bench formalism`: the formalism scoring of every year of a generated province,
/// text similarity included, and how its ranking fares against the planted truth. The province and
/// its warehouse are the ones `bench check` keeps in the work folder (same names), so only the first
/// run of either pays for generation and ingest.</summary>
public static class FormalismBenchmark
{
    public sealed record Result(int Members, long Ratings, int Periods, double Seconds, IReadOnlyDictionary<string, double> SecondsByPhase,
        IReadOnlyDictionary<string, double> ProcessorSecondsByPhase, int Scored, int TooSmall, RankingQuality Ranking);

    public static Result Run(int members, string workFolder, Action<string> log, FormalismSettings? settings = null)
    {
        var (province, warehouse) = BenchProvince.Prepare(members, workFolder, log);
        using var store = WarehouseStore.Open(warehouse);
        var periods = store.RatingYears();
        var ratings = store.Scalar("SELECT count(*) FROM rating");
        var runner = new FormalismRunner(store, settings ?? new FormalismSettings());
        runner.Run([periods[^1]]);                                 // warm-up: caches, JIT, ML.NET
        // What `analytics formalism` does without --period: every year in one run.
        var result = runner.Run(periods);
        var ranking = new TruthEvaluation(store, ProvinceTruth.Read(Path.Combine(province, ProvinceGenerator.TruthFile))).Formalism();
        var scored = result.Scores.Count(s => !s.TooSmall);
        return new Result(members, ratings, periods.Count, result.Elapsed.TotalSeconds,
            result.Phases.ToDictionary(p => p.Key, p => p.Value.TotalSeconds),
            result.ProcessorTime.ToDictionary(p => p.Key, p => p.Value.TotalSeconds),
            scored, result.Scores.Count - scored, ranking);
    }
}
