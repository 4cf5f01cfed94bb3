namespace Analytics.Warehouse.Formalism;

/// <summary>The province's own rates in one period for one population (party members or civil
/// servants), pooled over the units of review: what a unit's records are compared with. Every
/// rate is smoothed by one success and one failure (Laplace), so that a rate never seen is not
/// taken for impossible. NegativeGood: members rated good or better with a negative residence comment,
/// of those rated good or better; NegativeIgnored: of the members with a negative residence comment,
/// those rated good or better. Ceiling: the share of (unit, period) pairs at the quota ceiling.</summary>
internal sealed record Baseline(
    double Equal, double Above, double[] Levels, double Uninformative, double NegativeGood, double NegativeIgnored, double Ceiling)
{
    public static double Smoothed(long part, long whole) => (part + 1.0) / (whole + 2.0);

    /// <summary>Rates of the period's units of review (not the organisations, whose members are
    /// already counted in their cells). <paramref name="ceiling"/> comes from every period.</summary>
    public static Baseline Of(IEnumerable<UnitCounts> reviewUnits, double ceiling)
    {
        long paired = 0, equal = 0, above = 0, rated = 0, commented = 0, uninformative = 0, good = 0, negativeGood = 0, negative = 0;
        var levels = new long[5];
        foreach (var c in reviewUnits)
        {
            paired += c.Paired; equal += c.SelfEqual; above += c.SelfAbove; rated += c.Rated;
            commented += c.Commented; uninformative += c.Blank + c.Copied; good += c.Good;
            negativeGood += c.NegativeGood; negative += c.Negative;
            for (var l = 1; l <= 4; l++) levels[l] += c.Levels[l];
        }
        return new Baseline(Smoothed(equal, paired), Smoothed(above, paired),
            [.. Enumerable.Range(1, 4).Select(l => (levels[l] + 0.25) / (rated + 1.0))],
            Smoothed(uninformative, commented), Smoothed(negativeGood, good), Smoothed(negativeGood, negative), ceiling);
    }
}
