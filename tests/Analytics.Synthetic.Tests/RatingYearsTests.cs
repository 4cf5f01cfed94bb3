using Analytics.Synthetic;
using Analytics.Synthetic.Tests.Helpers;

namespace Analytics.Synthetic.Tests;

/// <summary>Other rating years: with pre-2018 years (legacy rule set), without the 2025 reform, and after
/// it only. Truth and the independent checks still agree exactly, and the reform appears only when
/// the years span 1 July 2025.</summary>
public sealed class RatingYearsTests
{
    [Theory]
    [InlineData(2016, 2025, true)]
    [InlineData(2021, 2024, false)]
    [InlineData(2025, 2026, false)]
    public void Truth_and_checks_agree_for_other_rating_years(int first, int last, bool reform)
    {
        using var temp = new TempFolder();
        var options = new ProvinceOptions { Members = 3_000, Seed = 5, FirstYear = first, LastYear = last, Plant = true, Messy = false };
        ProvinceGenerator.Write(temp.Path, options);
        var truth = ProvinceTruth.Read(Path.Combine(temp.Path, ProvinceGenerator.TruthFile));
        var data = ProvinceData.Read(temp.Path);
        var computed = new RuleBook(data, [.. truth.ExpectedUnits.Select(e => (e.Period, e.UnitCode))]).All();
        var planted = truth.Violations.Select(v => new Finding(v.Rule, v.Period, v.SubjectId)).ToHashSet();

        Assert.Empty(planted.Except(computed).Select(f => $"planted but not found: {f}"));
        Assert.Empty(computed.Except(planted).Select(f => $"found but not planted: {f}"));
        Assert.Equal(Enumerable.Range(first, last - first + 1), data.Finals.Select(r => r.Year).Distinct().Order());
        Assert.Equal(reform, data.Units.Any(u => u.Successor.Length > 0));
        Assert.All(truth.Violations.Where(v => v.Rule is "R02" or "R06"), v => Assert.True(string.CompareOrdinal(v.Period, "2023") >= 0));
    }
}
