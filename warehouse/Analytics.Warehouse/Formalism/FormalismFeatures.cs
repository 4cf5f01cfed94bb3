namespace Analytics.Warehouse.Formalism;

/// <summary>The features of one unit and period (stored in formalism_feature, one row each; the
/// anomaly model reads the standardised ones in <see cref="ModelInputs"/>; their Vietnamese labels are
/// in the vocabulary, Vocabulary/Glossary.Analysis.cs).</summary>
internal static class FormalismFeatures
{
    public const string Rated = "rated";
    public const string SelfEqualShare = "self_equal_share";
    public const string SelfAboveShare = "self_above_share";
    public const string InflationMean = "inflation_mean";
    public const string InflationD = "inflation_d";
    public const string LevelEntropy = "level_entropy";
    public const string Rwg = "rwg";
    public const string ExcellentRatio = "excellent_ratio";
    public const string AtCeiling = "quota_at_ceiling";
    public const string CeilingShare = "quota_ceiling_share";
    public const string SameAsBefore = "same_as_before";
    public const string SameStreak = "same_streak";
    public const string EmptyShare = "comment_empty_share";
    public const string NothingShare = "comment_nothing_share";
    public const string CopiedShare = "comment_copied_share";
    public const string NegativeGoodShare = "negative_good_share";
    public const string NegativeIgnoredShare = "negative_ignored_share";
    public const string AnomalyScore = "anomaly_score";

    /// <summary>Every feature, in the order stored.</summary>
    public static readonly string[] Names =
    [
        Rated, SelfEqualShare, SelfAboveShare, InflationMean, InflationD, LevelEntropy, Rwg, ExcellentRatio, AtCeiling,
        CeilingShare, SameAsBefore, SameStreak, EmptyShare, NothingShare, CopiedShare, NegativeGoodShare, NegativeIgnoredShare,
        AnomalyScore,
    ];

    /// <summary>What the anomaly model sees (standardised per period; a missing value counts as the mean).</summary>
    public static readonly string[] ModelInputs =
    [
        SelfEqualShare, SelfAboveShare, InflationMean, InflationD, LevelEntropy, Rwg, ExcellentRatio, SameAsBefore,
        EmptyShare, NothingShare, CopiedShare, NegativeGoodShare,
    ];

    /// <summary>Cohen's d is capped here; ±cap when the pooled standard deviation is zero but the means differ.</summary>
    public const double DCap = 5;

    /// <summary>σ² of a uniform answer over the four levels, (A² − 1) / 12 with A = 4: r_wg's yardstick.</summary>
    public const double UniformVariance = 15.0 / 12.0;

    public static double? Share(int part, int whole) => whole == 0 ? null : (double)part / whole;

    /// <summary>Mean of self minus final over the paired members.</summary>
    public static double? InflationMeanOf(UnitCounts c) => c.Paired == 0 ? null : (c.SumSelf - c.SumFinal) / c.Paired;

    /// <summary>Cohen's d of self against final: difference of means over the pooled standard
    /// deviation √((s²_self + s²_final) / 2), sample variances; capped at ±<see cref="DCap"/>.</summary>
    public static double? CohensD(UnitCounts c)
    {
        if (c.Paired < 2) return null;
        var n = (double)c.Paired;
        var diff = (c.SumSelf - c.SumFinal) / n;
        var varSelf = (c.SumSelfSquared - c.SumSelf * c.SumSelf / n) / (n - 1);
        var varFinal = (c.SumFinalSquared - c.SumFinal * c.SumFinal / n) / (n - 1);
        var pooled = Math.Sqrt(Math.Max(0, (varSelf + varFinal) / 2));
        if (pooled < 1e-12) return Math.Abs(diff) < 1e-12 ? 0 : Math.Sign(diff) * DCap;
        return Math.Clamp(diff / pooled, -DCap, DCap);
    }

    /// <summary>Shannon entropy of the final levels, in bits (0: everyone on one level; 2: even spread).</summary>
    public static double? Entropy(UnitCounts c)
    {
        if (c.Rated == 0) return null;
        double h = 0;
        foreach (var p in c.LevelShares()) if (p > 0) h -= p * Math.Log2(p);
        return h + 0.0;
    }

    /// <summary>r_wg (James, Demaree &amp; Wolf 1984): 1 − s² / σ²_EU with the sample variance of the
    /// final levels, clamped to [0, 1] (1: total agreement).</summary>
    public static double? RwgOf(UnitCounts c)
    {
        if (c.Rated < 2) return null;
        double n = c.Rated, sum = 0, squares = 0;
        for (var l = 1; l <= 4; l++) { sum += l * c.Levels[l]; squares += l * l * c.Levels[l]; }
        var variance = (squares - sum * sum / n) / (n - 1);
        return Math.Clamp(1 - variance / UniformVariance, 0, 1);
    }

    /// <summary>1 − total variation distance between two level distributions (1: the same shares).</summary>
    public static double Sameness(double[] a, double[] b) => 1 - 0.5 * a.Zip(b, (x, y) => Math.Abs(x - y)).Sum();
}
