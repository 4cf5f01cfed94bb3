using Analytics.Synthetic.Tests.Helpers;

namespace Analytics.Synthetic.Tests;

/// <summary>Plant = true: the tests' own computation of R01–R11 finds exactly the violations truth.json
/// lists (rule, period, subject), each rule planted several times in the years its rule set applies.</summary>
[Collection(ProvinceCollection.Name)]
public sealed class PlantedTruthTests(Provinces provinces)
{
    [Fact]
    public void The_independent_checks_find_exactly_the_planted_violations()
    {
        var planted = provinces.Planted;
        var truth = planted.Planted;
        var computed = planted.Computed;
        Assert.Empty(truth.Except(computed).Select(f => $"planted but not found: {f}").Order(StringComparer.Ordinal));
        Assert.Empty(computed.Except(truth).Select(f => $"found but not planted: {f}").Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("R01"), InlineData("R02"), InlineData("R03"), InlineData("R04"), InlineData("R05"), InlineData("R06")]
    [InlineData("R07"), InlineData("R08"), InlineData("R09"), InlineData("R10"), InlineData("R11")]
    public void Every_rule_is_planted_five_times_in_its_rule_set_years(string rule)
    {
        var violations = provinces.Planted.Truth.Violations.Where(v => v.Rule == rule).ToList();
        Assert.Equal(5, violations.Count);
        int first = rule is "R02" or "R06" ? 2023 : 2021;
        Assert.All(violations, v => Assert.InRange(int.Parse(v.Period, System.Globalization.CultureInfo.InvariantCulture), first, 2025));
        Assert.True(violations.Select(v => v.Period).Distinct().Count() >= 2, $"{rule} planted in one year only");
    }
}
