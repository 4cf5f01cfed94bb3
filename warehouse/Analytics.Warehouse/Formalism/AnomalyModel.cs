using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace Analytics.Warehouse.Formalism;

/// <summary>ML.NET's RandomizedPca over a period's standardised features: each unit's distance from
/// the principal subspace of all units (seeded, so the same data give the same scores). PCA scores
/// the distance from the subspace, not along it, so a unit that is extreme in the
/// main direction of variation may score low: the score is one signal among the named ones, never
/// the ranking on its own.</summary>
internal static class AnomalyModel
{
    /// <summary>Below this many units a principal subspace says nothing: every score is 0.</summary>
    public const int MinUnits = 20;

    private sealed class Row
    {
        public float[] Features { get; set; } = [];
    }

    /// <summary>The raw anomaly score of every row (same order).</summary>
    public static double[] Scores(IReadOnlyList<double[]> standardised, int rank, int seed)
    {
        var none = new double[standardised.Count];
        if (standardised.Count < MinUnits) return none;
        // Only the columns that vary say anything; the subspace cannot have more dimensions than
        // the varying columns or the distinct rows allow (a degenerate fit has no eigenvectors).
        var varying = Enumerable.Range(0, standardised[0].Length).Where(d => standardised.Any(r => r[d] != 0)).ToArray();
        var distinct = standardised.Select(r => string.Join(',', varying.Select(d => r[d]))).Distinct(StringComparer.Ordinal).Count();
        rank = Math.Min(rank, Math.Min(varying.Length, distinct) - 1);
        if (rank < 1) return none;
        standardised = [.. standardised.Select(r => varying.Select(d => r[d]).ToArray())];
        var dims = varying.Length;
        var ml = new MLContext(seed);
        var schema = SchemaDefinition.Create(typeof(Row));
        schema[nameof(Row.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, dims);
        var data = ml.Data.LoadFromEnumerable(standardised.Select(v => new Row { Features = [.. v.Select(x => (float)x)] }), schema);
        var trainer = ml.AnomalyDetection.Trainers.RandomizedPca(new RandomizedPcaTrainer.Options
        {
            FeatureColumnName = nameof(Row.Features),
            Rank = rank,
            Seed = seed,
            EnsureZeroMean = true,
        });
        var scored = trainer.Fit(data).Transform(data);
        return [.. scored.GetColumn<float>("Score").Select(x => (double)x)];
    }

    /// <summary>Standardises each column (z-scores over the rows; a missing value and a constant
    /// column become 0).</summary>
    public static double[][] Standardise(IReadOnlyList<double?[]> rows)
    {
        if (rows.Count == 0) return [];
        var dims = rows[0].Length;
        var result = rows.Select(_ => new double[dims]).ToArray();
        for (var d = 0; d < dims; d++)
        {
            var present = rows.Where(r => r[d].HasValue).Select(r => r[d]!.Value).ToArray();
            if (present.Length < 2) continue;
            var mean = present.Average();
            var sd = Math.Sqrt(present.Sum(x => (x - mean) * (x - mean)) / (present.Length - 1));
            if (sd < 1e-12) continue;
            for (var i = 0; i < rows.Count; i++) result[i][d] = rows[i][d] is { } x ? (x - mean) / sd : 0;
        }
        return result;
    }

    /// <summary>Strength of the anomaly signal: 0 below the top <paramref name="share"/> of scores,
    /// rising linearly with the rank to 1 for the highest score.</summary>
    public static double[] Strengths(double[] scores, double share)
    {
        var strengths = new double[scores.Length];
        if (scores.Length == 0 || share <= 0 || scores.Max() - scores.Min() <= 0) return strengths;   // no model, no anomaly
        var order = Enumerable.Range(0, scores.Length).OrderByDescending(i => scores[i]).ThenBy(i => i).ToArray();
        var top = Math.Max(1, (int)Math.Round(scores.Length * share));
        for (var r = 0; r < top && r < order.Length; r++) strengths[order[r]] = 1 - (double)r / top;
        return strengths;
    }
}
