using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Transforms.Text;

namespace Analytics.Warehouse.Formalism;

/// <summary>Near-identical self-criticism texts within a unit: ML.NET's FeaturizeText turns each
/// distinct text into an L2-normalised vector of character trigrams and word uni- and bigrams
/// (sparse); two texts are near-duplicates when the cosine of their vectors reaches the threshold.
/// Each distinct text is featurised and MinHashed once however many members wrote it, only texts
/// sharing a MinHash band are compared, and a unit's copied line (Sql/counts.sql) counts only the
/// near-duplicates within the unit: the cost grows with the province, not with its square.</summary>
internal static class CommentSimilarity
{
    private sealed class TextRow
    {
        public string Text { get; set; } = "";
    }

    /// <summary>A sparse vector: ascending indices and their values.</summary>
    internal readonly record struct Sparse(int[] Indices, float[] Values)
    {
        public double Dot(Sparse other)
        {
            double sum = 0;
            int i = 0, j = 0;
            var (a, b) = (Indices, other.Indices);
            while (i < a.Length && j < b.Length)
            {
                if (a[i] == b[j]) sum += Values[i++] * other.Values[j++];
                else if (a[i] < b[j]) i++;
                else j++;
            }
            return sum;
        }
    }

    /// <summary>The n-gram vector of every text, with its band keys, by text id.</summary>
    public static Dictionary<ulong, (Sparse Vector, ulong[] Keys)> Vectorise(IReadOnlyList<(ulong Id, string Text)> texts, int seed)
    {
        var vectors = new Dictionary<ulong, (Sparse, ulong[])>(texts.Count);
        if (texts.Count == 0) return vectors;
        var ml = new MLContext(seed);
        var data = ml.Data.LoadFromEnumerable(texts.Select(t => new TextRow { Text = t.Text }));
        var options = new TextFeaturizingEstimator.Options
        {
            CaseMode = TextNormalizingEstimator.CaseMode.Lower,
            KeepDiacritics = true,
            KeepPunctuations = false,
            KeepNumbers = true,
            CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = 3, UseAllLengths = false },
            WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 2, UseAllLengths = true },
            Norm = TextFeaturizingEstimator.NormFunction.L2,
        };
        var featurised = ml.Transforms.Text.FeaturizeText("Features", options, nameof(TextRow.Text)).Fit(data).Transform(data);
        var i = 0;
        foreach (var buffer in featurised.GetColumn<VBuffer<float>>("Features"))
        {
            var vector = ToSparse(buffer);
            vectors[texts[i++].Id] = (vector, BandKeys(vector, seed));
        }
        return vectors;
    }

    private static Sparse ToSparse(VBuffer<float> buffer)
    {
        var values = buffer.GetValues();
        if (buffer.IsDense)
        {
            var indices = new List<int>();
            var kept = new List<float>();
            for (var k = 0; k < values.Length; k++)
                if (values[k] != 0) { indices.Add(k); kept.Add(values[k]); }
            return new Sparse([.. indices], [.. kept]);
        }
        return new Sparse(buffer.GetIndices().ToArray(), values.ToArray());
    }

    /// <summary>MinHash signatures of a vector's n-gram set, banded: two texts whose cosine reaches
    /// 0.9 share most n-grams (Jaccard about 0.8 or more) and then share a band key with a chance
    /// of about 99.8% (12 bands of 4); unrelated texts rarely do. Seeded: the same texts give the same keys.</summary>
    public static ulong[] BandKeys(Sparse vector, int seed)
    {
        var keys = new ulong[Bands];
        for (var band = 0; band < Bands; band++)
        {
            ulong key = (ulong)band * 0x9E3779B97F4A7C15UL;
            for (var row = 0; row < RowsPerBand; row++)
            {
                var salt = Mix((ulong)seed * 0x100000001B3UL + (ulong)(band * RowsPerBand + row));
                var min = ulong.MaxValue;
                foreach (var index in vector.Indices) min = Math.Min(min, Mix((ulong)index ^ salt));
                key = Mix(key ^ min);
            }
            keys[band] = key;
        }
        return keys;
    }

    public const int Bands = 12;
    public const int RowsPerBand = 4;

    private static ulong Mix(ulong x)
    {
        x ^= x >> 30; x *= 0xBF58476D1CE4E5B9UL;
        x ^= x >> 27; x *= 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }

    /// <summary>Every pair of texts whose cosine reaches the threshold (both ways round). Only texts
    /// that share a band key are compared, by their exact cosine: each text is hashed once, and the
    /// work grows with the number of texts and of genuinely similar pairs, not with its square.</summary>
    public static List<(ulong A, ulong B)> NearPairs(Dictionary<ulong, (Sparse Vector, ulong[] Keys)> texts, double threshold)
    {
        var ids = texts.Keys.Order().ToArray();
        var buckets = new Dictionary<ulong, List<int>>();
        for (var i = 0; i < ids.Length; i++)
            foreach (var key in texts[ids[i]].Keys)
            {
                if (!buckets.TryGetValue(key, out var bucket)) buckets[key] = bucket = [];
                bucket.Add(i);
            }
        var compared = new HashSet<(int, int)>();
        var pairs = new List<(ulong, ulong)>();
        foreach (var bucket in buckets.Values)
            for (var x = 0; x < bucket.Count; x++)
                for (var y = x + 1; y < bucket.Count; y++)
                {
                    var (a, b) = (bucket[x], bucket[y]);
                    if (!compared.Add((a, b))) continue;
                    if (texts[ids[a]].Vector.Dot(texts[ids[b]].Vector) < threshold) continue;
                    pairs.Add((ids[a], ids[b]));
                    pairs.Add((ids[b], ids[a]));
                }
        return [.. pairs.Order()];
    }

    /// <summary>The members of a unit who wrote its most copied line or a near-duplicate of it: for
    /// each text, its writers plus the writers of its near-duplicates in the unit (no chaining: A near
    /// B and B near C does not put A with C). Walks the shorter of the unit's texts and the text's neighbours.</summary>
    public static int MostCopied(Dictionary<ulong, int> unitTexts, Dictionary<ulong, ulong[]> neighbours)
    {
        var best = 0;
        foreach (var (text, n) in unitTexts)
        {
            var mass = n;
            if (neighbours.TryGetValue(text, out var near))
            {
                if (near.Length <= unitTexts.Count)
                {
                    foreach (var other in near) mass += unitTexts.GetValueOrDefault(other);
                }
                else
                {
                    foreach (var (other, m) in unitTexts)
                        if (other != text && Array.BinarySearch(near, other) >= 0) mass += m;
                }
            }
            best = Math.Max(best, mass);
        }
        return best;
    }
}
