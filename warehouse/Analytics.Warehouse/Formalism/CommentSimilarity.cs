using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Transforms.Text;

namespace Analytics.Warehouse.Formalism;

/// <summary>Near-identical self-criticism texts within a unit: ML.NET's FeaturizeText turns each
/// distinct text into an L2-normalised vector of character trigrams and word uni- and bigrams
/// (sparse), and two texts of the same unit are near-duplicates when the cosine of their vectors
/// reaches the threshold; the text with the most members near it is the line the unit copies. Each distinct text is featurised once however many members wrote it, and
/// texts are compared only within a unit (cells are small), so the cost grows with the province,
/// not with its square.</summary>
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

    /// <summary>The n-gram vector of every text, by text id.</summary>
    public static Dictionary<ulong, Sparse> Vectorise(IReadOnlyList<(ulong Id, string Text)> texts, int seed)
    {
        var vectors = new Dictionary<ulong, Sparse>(texts.Count);
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
            vectors[texts[i++].Id] = ToSparse(buffer);
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

    /// <summary>How many members of one unit wrote its most copied line: for each text, the members
    /// whose text is within the threshold of it (itself included); the largest such count. No
    /// chaining: A near B and B near C does not put A with C.</summary>
    public static int LargestGroup(IReadOnlyList<(ulong Text, int Members)> unitTexts, Dictionary<ulong, Sparse> vectors, double threshold)
    {
        var mass = unitTexts.Select(t => t.Members).ToArray();
        for (var a = 0; a < unitTexts.Count; a++)
        {
            var va = vectors[unitTexts[a].Text];
            for (var b = a + 1; b < unitTexts.Count; b++)
            {
                if (va.Dot(vectors[unitTexts[b].Text]) < threshold) continue;
                mass[a] += unitTexts[b].Members;
                mass[b] += unitTexts[a].Members;
            }
        }
        return mass.Max();
    }
}
