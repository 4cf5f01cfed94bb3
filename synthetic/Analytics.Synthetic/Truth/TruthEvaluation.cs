using Analytics.Warehouse.Store;

namespace Analytics.Synthetic;

/// <summary>Compares what the warehouse holds (quarantine, findings, formalism scores) with what the
/// synthetic province planted.</summary>
public sealed class TruthEvaluation(WarehouseStore store, ProvinceTruth truth)
{
    private const string RejectedRows = """
        SELECT b.submission, r.file, r.line FROM etl_rejected r JOIN etl_batch b USING (batch_id) WHERE b.status = 'loaded'
        """;

    private const string CurrentFindings = "SELECT rule, period, subject_id FROM finding WHERE holds";

    private const string LatestScores = """
        SELECT period, unit_code, score FROM formalism_score
        WHERE run_id = (SELECT max(run_id) FROM formalism_run) AND score IS NOT NULL
        """;

    public static readonly string[] Rules = ["R01", "R02", "R03", "R04", "R05", "R06", "R07", "R08", "R09", "R10", "R11"];

    /// <summary>Planted bad rows against quarantined rows, by submission folder, file and line.</summary>
    public Agreement Quarantine()
    {
        var planted = truth.BadRows.Select(b => (b.Submission, b.File, b.Line)).ToHashSet();
        var found = new HashSet<(string, string, long)>();
        foreach (var (submission, file, line) in store.Rows(RejectedRows, r => (r.GetString(0), r.GetString(1), r.GetInt64(2))))
            found.Add((Path.GetFileName(submission.TrimEnd('/', '\\')), file, line));
        return Agreement.Of("quarantine", planted, found);
    }

    /// <summary>Whether the checks have run at all.</summary>
    public bool ChecksRan => store.Scalar("SELECT count(*) FROM check_run") > 0;

    /// <summary>Whether the formalism scoring has run at all.</summary>
    public bool FormalismRan => store.Scalar("SELECT count(*) FROM formalism_run") > 0;

    /// <summary>Per rule: planted violations against current findings, by (period, subject_id).</summary>
    public IReadOnlyList<Agreement> Findings()
    {
        var found = store.Rows(CurrentFindings, r => (Rule: r.GetString(0), Period: r.GetString(1), Subject: r.GetString(2))).ToList();
        return Rules.Select(rule => Agreement.Of(rule,
                truth.Violations.Where(v => v.Rule == rule).Select(v => (v.Period, v.SubjectId)).ToHashSet(),
                found.Where(f => f.Rule == rule).Select(f => (f.Period, f.Subject)).ToHashSet()))
            .ToList();
    }

    /// <summary>The latest formalism run against the planted formalistic units.</summary>
    public RankingQuality Formalism()
    {
        var planted = truth.Formalism.Select(f => (f.Period, f.UnitCode)).ToHashSet();
        var scores = store.Rows(LatestScores, r => (Key: (r.GetString(0), r.GetString(1)), Score: r.GetDouble(2))).ToList();
        var k = planted.Count;
        var top = scores.OrderByDescending(s => s.Score).ThenBy(s => s.Key).Take(k).Count(s => planted.Contains(s.Key));
        var positives = scores.Where(s => planted.Contains(s.Key)).Select(s => s.Score).ToList();
        var negatives = scores.Where(s => !planted.Contains(s.Key)).Select(s => s.Score).Order().ToArray();
        return new RankingQuality(k, scores.Count, k == 0 ? 1 : (double)top / k, Auc(positives, negatives));
    }

    /// <summary>Mann–Whitney: the chance a planted unit outscores an unplanted one (ties count half).</summary>
    internal static double Auc(IReadOnlyList<double> positives, double[] sortedNegatives)
    {
        if (positives.Count == 0 || sortedNegatives.Length == 0) return double.NaN;
        double wins = 0;
        foreach (var p in positives)
        {
            var below = LowerBound(sortedNegatives, p);
            var notAbove = UpperBound(sortedNegatives, p);
            wins += below + 0.5 * (notAbove - below);
        }
        return wins / ((double)positives.Count * sortedNegatives.Length);
    }

    private static int LowerBound(double[] values, double x)
    {
        int lo = 0, hi = values.Length;
        while (lo < hi) { var mid = (lo + hi) / 2; if (values[mid] < x) lo = mid + 1; else hi = mid; }
        return lo;
    }

    private static int UpperBound(double[] values, double x)
    {
        int lo = 0, hi = values.Length;
        while (lo < hi) { var mid = (lo + hi) / 2; if (values[mid] <= x) lo = mid + 1; else hi = mid; }
        return lo;
    }
}
