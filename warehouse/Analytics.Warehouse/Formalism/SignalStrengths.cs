using Analytics.Warehouse.Checks;

namespace Analytics.Warehouse.Formalism;

/// <summary>Each signal's strength in [0,1] for one unit and period: how far the unit is from the
/// province toward the formalistic extreme (the effect, 0–1) times how improbable its records are
/// under the province's own rates (the surprise, −log10 of a chance, saturating: half strength at
/// <see cref="FormalismSettings.HalfStrengthSurprise"/>). A big unit slightly above the province
/// has much evidence but little effect; a small unit at the extreme has effect but little evidence.
/// The member-level signals belong to the unit that makes the ratings (a cell, an agency): an
/// organisation's row carries its own decisions (the quota) and its sameness, so that a formalistic
/// cell is not counted again in the organisation above it.</summary>
internal sealed class SignalStrengths(FormalismSettings settings, ExcellentQuota quota)
{
    private readonly Dictionary<(int, string), double> _sameCounts = [];

    public Dictionary<string, double> Of(UnitCounts c, UnitHistory history, Baseline b)
    {
        var half = settings.HalfStrengthSurprise;
        var reviewed = c.Scope != UnitCounts.Organisation;
        return new Dictionary<string, double>(StringComparer.Ordinal)
        {
            [FormalismSignals.RubberStamp] = reviewed ? Excess(c.SelfEqual, c.Paired, b.Equal, half) : 0,
            [FormalismSignals.Inflation] = reviewed ? Excess(c.SelfAbove, c.Paired, b.Above, half) : 0,
            [FormalismSignals.NoDifferentiation] = reviewed ? OneLevel(c, b, half) : 0,
            [FormalismSignals.SameEveryYear] = SameEveryYear(c, history, b, half),
            [FormalismSignals.QuotaRiding] = QuotaRiding(c, history, b),
            [FormalismSignals.Boilerplate] = reviewed ? Excess(c.Blank + c.Copied, c.Commented, b.Uninformative, half) : 0,
            [FormalismSignals.IgnoredFeedback] = reviewed ? IgnoredFeedback(c, b, half) : 0,
        };
    }

    /// <summary>k of n against a province rate p: effect (k/n − p)/(1 − p) times the saturated
    /// surprise of P(X ≥ k); 0 when the unit is not above the province.</summary>
    public static double Excess(int k, int n, double p, double half)
    {
        if (n == 0 || (double)k / n <= p) return 0;
        return Effect(k, n, p) * Saturate(Chance.Surprise(Chance.UpperTail(k, n, p)), half);
    }

    public static double Effect(int k, int n, double p) => n == 0 || (double)k / n <= p ? 0 : ((double)k / n - p) / (1 - p);

    public static double Saturate(double surprise, double half) => surprise / (surprise + half);

    /// <summary>Everyone (or nearly) on one level: the modal level's count against its province
    /// share, with the chance that any level gathers that many (a union bound over the four levels).</summary>
    private static double OneLevel(UnitCounts c, Baseline b, double half)
    {
        if (c.Rated == 0) return 0;
        var mode = Enumerable.Range(1, 4).MaxBy(l => c.Levels[l]);
        var k = c.Levels[mode];
        var effect = Effect(k, c.Rated, b.Levels[mode - 1]);
        if (effect == 0) return 0;
        var chance = Math.Min(1, b.Levels.Sum(q => Chance.UpperTail(k, c.Rated, q)));
        return effect * Saturate(Chance.Surprise(chance), half);
    }

    /// <summary>Negative residence comments under good-or-better ratings: the effect is how many of
    /// the unit's negatively commented members were still rated good or better (against the
    /// province's share), the surprise how many such members there are among those rated good or better.</summary>
    private static double IgnoredFeedback(UnitCounts c, Baseline b, double half)
    {
        if (c.NegativeGood == 0 || (double)c.NegativeGood / c.Good <= b.NegativeGood) return 0;
        var effect = Effect(c.NegativeGood, c.Negative, b.NegativeIgnored);
        return effect * Saturate(Chance.Surprise(Chance.UpperTail(c.NegativeGood, c.Good, b.NegativeGood)), half);
    }

    /// <summary>The same level shares as the periods before, several in a row: each repetition is as
    /// improbable as two independent draws of the unit's size giving the same counts.</summary>
    private double SameEveryYear(UnitCounts c, UnitHistory h, Baseline b, double half)
    {
        if (h.SameStreak == 0) return 0;
        var key = (c.Rated, string.Join(',', b.Levels));
        if (!_sameCounts.TryGetValue(key, out var once)) _sameCounts[key] = once = Chance.Surprise(Chance.SameCounts(c.Rated, b.Levels));
        return Saturate(h.SameStreak * once, half);
    }

    /// <summary>At the ceiling now, and in how many of the unit's periods, against the province's
    /// share of unit-periods at the ceiling.</summary>
    private double QuotaRiding(UnitCounts c, UnitHistory h, Baseline b)
    {
        if (!c.QuotaApplies || !c.AtCeiling(quota.Share, quota.OfGoodOrBetter) || h.QuotaPeriods == 0) return 0;
        var effect = (double)h.CeilingPeriods / h.QuotaPeriods;
        return effect * Saturate(
            Chance.Surprise(Chance.UpperTail(h.CeilingPeriods, h.QuotaPeriods, b.Ceiling)), settings.HalfStrengthSurprise);
    }
}
