using System.Diagnostics;
using Analytics.Warehouse.Checks;
using Analytics.Warehouse.Store;

namespace Analytics.Warehouse.Formalism;

/// <summary>Scores every unit (party cell, grassroots organisation, agency) of the given periods for
/// formalism: features from its members' records (Sql/*.sql, FormalismFeatures), named signals
/// against the province's own rates (SignalStrengths), an anomaly score over the standardised
/// features (AnomalyModel), combined into a score in [0,1] and a rank within the period. Stores the
/// run, the scores and the features; deterministic for the same data and seed. Quota riding is
/// measured against <paramref name="quota"/> (default: 20% of HTTNV, as R01).</summary>
public sealed partial class FormalismRunner(WarehouseStore store, FormalismSettings settings, ExcellentQuota? quota = null)
{
    private readonly ExcellentQuota _quota = quota ?? new ExcellentQuota();

    /// <summary>Stored with every score: the scoring's version and its seed.</summary>
    public string ModelVersion => $"pca-v1+signals-v1;seed={settings.Seed}";

    public FormalismResult Run(IReadOnlyList<string> periods)
    {
        ArgumentNullException.ThrowIfNull(periods);
        if (periods.Count == 0) throw new ArgumentException("formalism: no period to score");
        var clock = Stopwatch.StartNew();
        var asked = periods.Select(CheckPeriod.Parse).DistinctBy(p => p.Code).OrderBy(p => p.Code, StringComparer.Ordinal).ToList();
        List<UnitCounts> counts;
        var phases = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);
        var processor = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);
        var (wallMark, cpuMark) = (clock.Elapsed, ProcessorTime());
        void Mark(string phase)
        {
            (phases[phase], processor[phase]) = (clock.Elapsed - wallMark, ProcessorTime() - cpuMark);
            (wallMark, cpuMark) = (clock.Elapsed, ProcessorTime());
        }
        try
        {
            Prepare(asked);
            Mark("members");
            FindNearDuplicates();
            Mark("text similarity");
            counts = store.Rows(FormalismSql.Counts, ReadCounts).ToList();
            Mark("counts");
        }
        finally
        {
            foreach (var drop in FormalismSql.Drop.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                store.Execute(drop);
        }
        var scored = Score(asked.Select(p => p.Code).ToList(), counts);
        Mark("scoring");
        var runId = Store(asked.Select(p => p.Code).ToList(), scored);
        Mark("storing");
        var rows = scored.Select(s => s.Score).OrderBy(s => s.Score is null).ThenByDescending(s => s.Score)
            .ThenBy(s => s.Period, StringComparer.Ordinal).ThenBy(s => s.UnitCode, StringComparer.Ordinal).ToList();
        return new FormalismResult(runId, ModelVersion, asked.Select(p => p.Code).ToList(), rows, clock.Elapsed, phases, processor);
    }

    private static TimeSpan ProcessorTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    private void Prepare(IReadOnlyList<CheckPeriod> asked)
    {
        store.Execute(FormalismSql.Scope);
        foreach (var p in asked) store.Execute(FormalismSql.AddScope, p.Code, p.Kind);
        store.Execute(FormalismSql.Grain);
        store.Execute(FormalismSql.Members);
    }

    /// <summary>The pairs of near-identical texts (fm_near), and in each unit holding some, the
    /// members of its most copied line with its near-duplicates (fm_copy).</summary>
    private void FindNearDuplicates()
    {
        store.Execute(FormalismSql.Texts);
        var texts = store.Rows(FormalismSql.DistinctTexts, r => (Id: r.GetFieldValue<ulong>(0), Text: r.GetString(1))).ToList();
        if (texts.Count < 2) return;
        var pairs = CommentSimilarity.NearPairs(CommentSimilarity.Vectorise(texts, settings.Seed), settings.NearDuplicateSimilarity);
        if (pairs.Count == 0) return;
        using (var near = store.Connection.CreateAppender("fm_near"))
            foreach (var (a, b) in pairs) near.CreateRow().AppendValue(a).AppendValue(b).EndRow();
        var neighbours = pairs.GroupBy(p => p.A).ToDictionary(g => g.Key, g => g.Select(p => p.B).ToArray());
        using var copies = store.Connection.CreateAppender("fm_copy");
        ulong? unit = null;
        var unitTexts = new Dictionary<ulong, int>();
        void Flush()
        {
            if (unit is { } id)
                copies.CreateRow().AppendValue(id).AppendValue(CommentSimilarity.MostCopied(unitTexts, neighbours)).EndRow();
            unitTexts.Clear();
        }
        foreach (var (review, text, n) in store.Rows(FormalismSql.NearTexts,
            r => (r.GetFieldValue<ulong>(0), r.GetFieldValue<ulong>(1), r.GetFieldValue<long>(2))))
        {
            if (review != unit) { Flush(); unit = review; }
            unitTexts[text] = (int)n;
        }
        Flush();
    }

    private static UnitCounts ReadCounts(System.Data.Common.DbDataReader r)
    {
        int I(int i) => Convert.ToInt32(r.GetValue(i));
        return new UnitCounts(r.GetString(0), r.GetString(1), r.GetString(2), I(3), I(4), I(5), I(6),
            r.GetDouble(7), r.GetDouble(8), r.GetDouble(9), r.GetDouble(10), [0, I(11), I(12), I(13), I(14)],
            I(15), I(16), I(17), I(18), I(19), I(20), I(21));
    }
}
