namespace Analytics.Synthetic;

/// <summary>The few random choices the generator makes over and over, on an explicitly passed
/// <see cref="Random"/> (never a shared one: output must not depend on thread timing).</summary>
internal static class RandomChoices
{
    public static bool Chance(this Random rng, double p) => rng.NextDouble() < p;

    public static T Pick<T>(this Random rng, IReadOnlyList<T> items) => items[rng.Next(items.Count)];

    /// <summary>Uniform in [low, high], both included.</summary>
    public static int Between(this Random rng, int low, int high) => rng.Next(low, high + 1);

    public static double Uniform(this Random rng, double low, double high) => low + (rng.NextDouble() * (high - low));

    /// <summary>Index into <paramref name="weights"/>, chosen with probability proportional to the weight.</summary>
    public static int Weighted(this Random rng, IReadOnlyList<double> weights, double total)
    {
        double x = rng.NextDouble() * total;
        for (int i = 0; i < weights.Count; i++)
        {
            x -= weights[i];
            if (x < 0)
            {
                return i;
            }
        }

        return weights.Count - 1;
    }

    /// <summary>A random item of <paramref name="items"/> that satisfies <paramref name="fits"/>, or -1:
    /// tries a few random picks first, then scans from a random start (so the answer is still random).</summary>
    public static int PickIndex<T>(this Random rng, IReadOnlyList<T> items, Func<T, bool> fits)
    {
        if (items.Count == 0)
        {
            return -1;
        }

        for (int attempt = 0; attempt < 8; attempt++)
        {
            int i = rng.Next(items.Count);
            if (fits(items[i]))
            {
                return i;
            }
        }

        int start = rng.Next(items.Count);
        for (int k = 0; k < items.Count; k++)
        {
            int i = (start + k) % items.Count;
            if (fits(items[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>A random date in [from, to].</summary>
    public static DateOnly Date(this Random rng, DateOnly from, DateOnly to) =>
        from.AddDays(rng.Next(to.DayNumber - from.DayNumber + 1));
}
