using Analytics.Synthetic.Tests.Helpers;

namespace Analytics.Synthetic.Tests;

/// <summary>The clean province falls inside the published calibration of docs/rules.md, year by year:
/// members HTTNV or better 90–98%, KHTNV 0.3–1%, HTXSNV 10–16%; grassroots organisations HTXSNV 15–25%,
/// KHTNV 0–0.5%. Self-ratings equal the final for most members, not all, and are rarely below it.</summary>
[Collection(ProvinceCollection.Name)]
public sealed class CalibrationTests(Provinces provinces)
{
    [Fact]
    public void Members_final_levels_fall_in_the_calibrated_bands_every_year()
    {
        var data = provinces.Clean.Data!;
        foreach (var year in data.Finals.Where(r => r.Role == "party_member" && r.Level > 0).GroupBy(r => r.Year))
        {
            double n = year.Count();
            Assert.InRange(year.Count(r => r.Level >= 3) / n, 0.90, 0.98);
            Assert.InRange(year.Count(r => r.Level == 1) / n, 0.003, 0.01);
            Assert.InRange(year.Count(r => r.Level == 4) / n, 0.10, 0.16);
        }
    }

    [Fact]
    public void Grassroots_organisations_fall_in_the_calibrated_bands_every_year()
    {
        var data = provinces.Clean.Data!;
        var years = data.Finals
            .Where(r => r.Role == "organisation" && data.At(r.SubjectId, r.Year)!.Kind == "grassroots_party_org")
            .GroupBy(r => r.Year).ToList();
        Assert.Equal([2021, 2022, 2023, 2024, 2025], years.Select(y => y.Key).Order());
        foreach (var year in years)
        {
            double n = year.Count();
            Assert.InRange(year.Count(r => r.Level == 4) / n, 0.15, 0.25);
            Assert.InRange(year.Count(r => r.Level == 1) / n, 0.0, 0.005);
        }
    }

    [Fact]
    public void Self_ratings_mostly_equal_the_final_and_are_rarely_below_it()
    {
        var data = provinces.Clean.Data!;
        var finals = data.Finals.Where(r => r.Role == "party_member" && r.Level > 0).ToDictionary(r => (r.Year, r.SubjectId));
        var selves = data.Ratings.Where(r => r.Role == "party_member" && r.Channel == "self" && r.Level > 0)
            .Select(r => (Self: r.Level, Final: finals[(r.Year, r.SubjectId)].Level)).ToList();
        double n = selves.Count;
        Assert.InRange(selves.Count(s => s.Self == s.Final) / n, 0.70, 0.85);
        Assert.InRange(selves.Count(s => s.Self >= s.Final) / n, 0.90, 1.0);
    }

    [Fact]
    public void About_seventy_percent_of_members_get_residence_comments_mostly_not_negative()
    {
        var data = provinces.Clean.Data!;
        foreach (var year in data.Residence.GroupBy(r => r.Year))
        {
            double members = data.Finals.Count(r => r.Year == year.Key && r.Role == "party_member");
            Assert.InRange(year.Count() / members, 0.60, 0.80);
            Assert.InRange(year.Count(r => r.Sentiment == "negative") / (double)year.Count(), 0.005, 0.05);
        }
    }

    [Fact]
    public void Scores_start_in_2025_and_agree_with_the_level()
    {
        var data = provinces.Clean.Data!;
        Assert.All(data.Ratings.Where(r => r.Year < 2025), r => Assert.Equal("", r.Score));
        foreach (var r in data.Ratings.Where(r => r.Year >= 2025))
        {
            if (r.Level == 0)
            {
                Assert.Equal("", r.Score);
                continue;
            }

            double score = double.Parse(r.Score, System.Globalization.CultureInfo.InvariantCulture);
            int level = score >= 90 ? 4 : score >= 70 ? 3 : score >= 50 ? 2 : 1;
            Assert.Equal(r.Level, level);
        }
    }
}
