namespace Analytics.Warehouse.Formalism;

// How improbable a unit's records are under the province's own rates: the signals' evidence.
// Exact binomial tails in log space (units run from 5 to a few thousand members), and the chance
// that two years of a unit draw the very same level counts.
internal static class Chance
{
    private static readonly double[] LogFactorials = BuildLogFactorials(4096);

    /// <summary>P(X ≥ k) for X ~ Binomial(n, p).</summary>
    public static double UpperTail(int k, int n, double p)
    {
        if (k <= 0) return 1;
        if (k > n) return 0;
        if (p <= 0) return 0;
        if (p >= 1) return 1;
        double lp = Math.Log(p), lq = Math.Log(1 - p), sum = 0;
        for (var i = k; i <= n; i++)
        {
            var term = Math.Exp(LogChoose(n, i) + i * lp + (n - i) * lq);
            sum += term;
            if (term < sum * 1e-17 && i > n * p) break;
        }
        return Math.Min(1, sum);
    }

    /// <summary>−log10 of a probability, 0 for certainty, capped at 300 (a chance of zero).</summary>
    public static double Surprise(double probability) => probability <= 1e-300 ? 300 : Math.Max(0, -Math.Log10(probability));

    /// <summary>The chance that two independent draws of n levels from the shares p give the same
    /// counts: Σ over count vectors of P(c)². Enumerated exactly up to <paramref name="cap"/> members;
    /// larger units use the value at the cap, which is larger (so their sameness is never overstated).</summary>
    public static double SameCounts(int n, IReadOnlyList<double> p, int cap = 60)
    {
        n = Math.Min(n, cap);
        var logs = p.Select(x => x > 0 ? Math.Log(x) : double.NegativeInfinity).ToArray();
        double sum = 0;
        for (var a = 0; a <= n; a++)
            for (var b = 0; a + b <= n; b++)
                for (var c = 0; a + b + c <= n; c++)
                {
                    var d = n - a - b - c;
                    var log = LogFactorials[n] - LogFactorials[a] - LogFactorials[b] - LogFactorials[c] - LogFactorials[d]
                        + Term(a, logs[0]) + Term(b, logs[1]) + Term(c, logs[2]) + Term(d, logs[3]);
                    if (log > -350) sum += Math.Exp(2 * log);
                }
        return Math.Min(1, sum);
    }

    private static double Term(int count, double log) => count == 0 ? 0 : count * log;

    private static double LogChoose(int n, int k) => LogFactorial(n) - LogFactorial(k) - LogFactorial(n - k);

    private static double LogFactorial(int n)
    {
        if (n < LogFactorials.Length) return LogFactorials[n];
        // Stirling's series: beyond the table (a unit of more than 4,095 members).
        double x = n;
        return x * Math.Log(x) - x + 0.5 * Math.Log(2 * Math.PI * x) + 1 / (12 * x) - 1 / (360 * x * x * x);
    }

    private static double[] BuildLogFactorials(int size)
    {
        var table = new double[size];
        for (var i = 2; i < size; i++) table[i] = table[i - 1] + Math.Log(i);
        return table;
    }
}
