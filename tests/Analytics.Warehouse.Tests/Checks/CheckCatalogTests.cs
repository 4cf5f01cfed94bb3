using Analytics.Warehouse.Checks;

namespace Analytics.Warehouse.Tests.Checks;

/// <summary>Checks are data: every rule file parses, and a file missing a header line is refused.</summary>
public sealed class CheckCatalogTests
{
    [Fact]
    public void Eleven_rules_with_titles_rule_sets_and_regulations()
    {
        Assert.Equal(["R01", "R02", "R03", "R04", "R05", "R06", "R07", "R08", "R09", "R10", "R11"], CheckCatalog.All.Select(r => r.Code));
        Assert.All(CheckCatalog.All, r => Assert.False(string.IsNullOrWhiteSpace(r.TitleVi + r.TitleEn + r.Regulation)));
        Assert.Equal(["2023", "2025"], CheckCatalog.Find("R06")!.RuleSets);
        Assert.Equal("warning", CheckCatalog.Find("R05")!.Severity);
        Assert.True(CheckCatalog.Find("R08")!.YearsOnly);
    }

    [Theory]
    [InlineData(2017, "2014")]
    [InlineData(2018, "2018")]
    [InlineData(2022, "2018")]
    [InlineData(2023, "2023")]
    [InlineData(2024, "2023")]
    [InlineData(2025, "2025")]
    public void The_rule_set_follows_the_rating_year(int year, string ruleSet) => Assert.Equal(ruleSet, RuleSets.For(year));

    [Fact]
    public void A_rule_file_without_a_regulation_is_refused()
    {
        var e = Assert.Throws<InvalidDataException>(() => CheckCatalog.Parse("R99.sql",
            "-- code: R99\n-- title_vi: x\n-- title_en: y\n-- rule_sets: 2023\n-- severity: violation\nSELECT 1"));
        Assert.Equal("R99.sql: the header has no 'regulation:' line", e.Message);
    }

    [Theory]
    [InlineData("2024-Q3", "2024-07-01", "2024-09-30", "2024-Q2")]
    [InlineData("2025-01", "2025-01-01", "2025-01-31", "2024-12")]
    [InlineData("2024", "2024-01-01", "2024-12-31", "2023")]
    public void Periods_know_their_days_and_predecessor(string code, string start, string end, string previous)
    {
        var p = CheckPeriod.Parse(code);
        Assert.Equal(
            (DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture),
                DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), previous),
            (p.Start, p.End, p.Previous));
    }
}
