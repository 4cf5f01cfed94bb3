using Analytics.Synthetic.Tests.Helpers;

namespace Analytics.Synthetic.Tests;

/// <summary>Formalistic units show the signal truth.json names, at least ten units per signal; healthy
/// cells of ten or more rated members do not look formalistic (every self equal to the final, half of
/// them inflated, comments near-identical).</summary>
[Collection(ProvinceCollection.Name)]
public sealed class FormalismTests(Provinces provinces)
{
    private static readonly string[] Signals =
        ["rubber_stamp", "inflation", "no_differentiation", "quota_riding", "boilerplate", "ignored_feedback"];

    [Fact]
    public void Every_signal_is_planted_in_at_least_ten_units()
    {
        var formalism = provinces.Planted.Truth.Formalism;
        foreach (string signal in Signals)
        {
            Assert.True(formalism.Where(f => f.Signals.Contains(signal)).Select(f => f.UnitCode).Distinct().Count() >= 10, signal);
        }
    }

    [Fact]
    public void Formalistic_units_show_their_signal()
    {
        var data = provinces.Planted.Data!;
        var members = data.Ratings.Where(r => r.Role == "party_member" && r.Level > 0).ToLookup(r => (r.Year, r.Unit));
        foreach (var f in provinces.Planted.Truth.Formalism)
        {
            int year = int.Parse(f.Period, System.Globalization.CultureInfo.InvariantCulture);
            var pairs = Pairs(members[(year, f.UnitCode)]);
            switch (f.Signals.Single())
            {
                case "rubber_stamp":
                    Assert.All(pairs, p => Assert.Equal(p.Final, p.Self));
                    break;
                case "inflation":
                    Assert.True(pairs.Count(p => p.Self > p.Final) >= 0.6 * pairs.Count, f.UnitCode);
                    break;
                case "no_differentiation":
                    Assert.All(pairs, p => Assert.Equal(3, p.Final));
                    break;
                case "boilerplate":
                    var comments = members[(year, f.UnitCode)].Where(r => r.Channel == "self").Select(r => r.Comment).ToList();
                    Assert.True(comments.Distinct().Count() <= 4, f.UnitCode);
                    break;
                case "ignored_feedback":
                    var good = pairs.Where(p => p.Final >= 3).Select(p => p.Person).ToHashSet();
                    Assert.True(
                        data.Residence.Count(r => r.Year == year && r.Sentiment == "negative" && good.Contains(r.Person)) >= 2, f.UnitCode);
                    break;
                case "quota_riding":
                    var finals = data.Finals
                        .Where(r => r.Year == year && r.Role == "party_member" && data.At(r.Unit, year)!.Parent == f.UnitCode).ToList();
                    Assert.Equal(finals.Count(r => r.Level == 3), 5 * finals.Count(r => r.Level == 4));
                    break;
            }
        }
    }

    [Fact]
    public void Healthy_cells_do_not_look_formalistic()
    {
        var planted = provinces.Planted;
        var formal = planted.Truth.Formalism.Select(f => (f.Period, f.UnitCode)).ToHashSet();
        var cells = planted.Data!.Ratings.Where(r => r.Role == "party_member" && r.Level > 0).GroupBy(r => (r.Year, r.Unit))
            .Where(g => !formal.Contains((g.Key.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), g.Key.Unit)));
        foreach (var cell in cells)
        {
            var pairs = Pairs(cell);
            if (pairs.Count < 10)
            {
                continue;
            }

            Assert.True(pairs.Any(p => p.Self != p.Final), $"{cell.Key}: every self-rating equals the final");
            Assert.True(pairs.Count(p => p.Self > p.Final) < 0.5 * pairs.Count, $"{cell.Key}: self-ratings inflated");
            var comments = cell.Where(r => r.Channel == "self").Select(r => r.Comment).ToList();
            Assert.True(comments.Distinct().Count() > comments.Count / 3, $"{cell.Key}: comments near-identical");
        }
    }

    private static List<(string Person, int Self, int Final)> Pairs(IEnumerable<Rating> ratings)
    {
        var list = ratings.ToList();
        var finals = list.Where(r => r.Channel == "final").ToDictionary(r => r.SubjectId, r => r.Level);
        return [.. list.Where(r => r.Channel == "self" && finals.ContainsKey(r.SubjectId))
            .Select(r => (r.SubjectId, r.Level, finals[r.SubjectId]))];
    }
}
