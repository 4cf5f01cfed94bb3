using Analytics.Warehouse.Formalism;

namespace Analytics.Warehouse.Tests.Formalism;

/// <summary>The arithmetic of the features and of the evidence, on numbers worked out by hand.</summary>
public sealed class FeatureMathTests
{
    // Six members, (final, self): (3,3) (3,4) (4,4) (2,3) (3,3) (3,2).
    private static readonly UnitCounts Six = new("2024", "CB1", UnitCounts.Cell, Rated: 6, Paired: 6, SelfEqual: 3, SelfAbove: 2,
        SumSelf: 19, SumSelfSquared: 63, SumFinal: 18, SumFinalSquared: 56, Levels: [0, 0, 1, 4, 1],
        Commented: 6, Empty: 1, Blank: 2, Copied: 2, Good: 5, Negative: 2, NegativeGood: 1);

    [Fact]
    public void Shares_and_inflation_mean_are_over_the_paired_members()
    {
        Assert.Equal(0.5, FormalismFeatures.Share(Six.SelfEqual, Six.Paired));
        Assert.Equal(1.0 / 6, FormalismFeatures.InflationMeanOf(Six)!.Value, 12);
        Assert.Null(FormalismFeatures.Share(1, 0));
    }

    [Fact]
    public void Cohens_d_divides_the_mean_difference_by_the_pooled_sample_deviation()
    {
        // s²(self) = (63 − 19²/6)/5 = 17/30; s²(final) = (56 − 18²/6)/5 = 2/5.
        Assert.Equal((1.0 / 6) / Math.Sqrt((17.0 / 30 + 0.4) / 2), FormalismFeatures.CohensD(Six)!.Value, 12);
        Assert.Equal(0.23973165, FormalismFeatures.CohensD(Six)!.Value, 8);
    }

    [Fact]
    public void Cohens_d_is_capped_when_nobody_varies()
    {
        // Everyone claims HTTNV and gets HTNV: no spread at all, a full level of inflation.
        var flat = Six with { Paired = 4, SumSelf = 12, SumSelfSquared = 36, SumFinal = 8, SumFinalSquared = 16 };
        Assert.Equal(FormalismFeatures.DCap, FormalismFeatures.CohensD(flat));
        Assert.Equal(0, FormalismFeatures.CohensD(flat with { SumSelf = 8, SumSelfSquared = 16 }));
        Assert.Null(FormalismFeatures.CohensD(Six with { Paired = 1 }));
    }

    [Fact]
    public void Entropy_is_in_bits_of_the_final_levels()
    {
        // Shares 1/6, 4/6, 1/6: (1/3)·log2 6 + (2/3)·log2 1.5.
        Assert.Equal(Math.Log2(6) / 3 + 2.0 / 3 * Math.Log2(1.5), FormalismFeatures.Entropy(Six)!.Value, 12);
        Assert.Equal(2.0, FormalismFeatures.Entropy(Six with { Rated = 4, Levels = [0, 1, 1, 1, 1] })!.Value, 12);
        Assert.Equal(0.0, FormalismFeatures.Entropy(Six with { Rated = 9, Levels = [0, 0, 0, 9, 0] })!.Value, 12);
    }

    [Fact]
    public void Rwg_compares_the_sample_variance_with_a_uniform_answer_over_four_levels()
    {
        Assert.Equal(1 - 0.4 / 1.25, FormalismFeatures.RwgOf(Six)!.Value, 12);                          // s² = 0.4
        Assert.Equal(1.0, FormalismFeatures.RwgOf(Six with { Rated = 9, Levels = [0, 0, 0, 9, 0] })!.Value, 12);
        Assert.Equal(0.0, FormalismFeatures.RwgOf(Six with { Rated = 4, Levels = [0, 2, 0, 0, 2] })!.Value, 12); // s² = 3 > 1.25: clamped
    }

    [Fact]
    public void Sameness_is_one_minus_the_total_variation_distance()
    {
        Assert.Equal(1.0, FormalismFeatures.Sameness([0.1, 0.8, 0.1, 0], [0.1, 0.8, 0.1, 0]), 12);
        Assert.Equal(0.9, FormalismFeatures.Sameness([0.1, 0.8, 0.1, 0], [0, 0.8, 0.2, 0]), 12);
    }

    [Fact]
    public void The_quota_ceiling_is_exactly_the_quota_and_at_least_one_excellent()
    {
        var org = Six with { Scope = UnitCounts.Organisation, Levels = [0, 0, 1, 10, 2] };
        Assert.True(org.AtCeiling(0.20, false));                       // 2 = 20% × 10
        Assert.False((org with { Levels = [0, 0, 1, 11, 2] }).AtCeiling(0.20, false));
        Assert.True((org with { Levels = [0, 0, 1, 8, 2] }).AtCeiling(0.20, true));   // 2 = 20% × (8 + 2)
        Assert.False((org with { Levels = [0, 0, 1, 10, 0] }).AtCeiling(0.20, false));
    }

    [Fact]
    public void Binomial_tails_and_the_chance_of_repeating_the_same_counts_are_exact()
    {
        Assert.Equal(0.5, Chance.UpperTail(2, 3, 0.5), 12);             // (3 + 1)/8
        Assert.Equal(Math.Pow(0.8, 10), Chance.UpperTail(10, 10, 0.8), 12);
        Assert.Equal(1.0, Chance.UpperTail(0, 10, 0.3));
        Assert.Equal(0.25 * 0.25 * 4, Chance.SameCounts(1, [0.25, 0.25, 0.25, 0.25]), 12);
        // Two members over two equally likely levels: counts (2,0) ¼, (1,1) ½, (0,2) ¼ → ¹⁄₁₆ + ¼ + ¹⁄₁₆.
        Assert.Equal(0.375, Chance.SameCounts(2, [0.5, 0.5, 0, 0]), 12);
        Assert.Equal(2.0, Chance.Surprise(0.01), 12);
    }

    [Fact]
    public void A_signal_is_the_effect_times_the_saturated_surprise_and_nothing_at_the_province_rate()
    {
        // 10 of 10 against a province rate of 0.8: effect 1, surprise −log10(0.8¹⁰) ≈ 0.969.
        var surprise = -10 * Math.Log10(0.8);
        Assert.Equal(surprise / (surprise + 2), SignalStrengths.Excess(10, 10, 0.8, 2), 12);
        Assert.Equal(0, SignalStrengths.Excess(8, 10, 0.8, 2));
        Assert.Equal(0.5, SignalStrengths.Effect(9, 10, 0.8), 12);
    }
}
