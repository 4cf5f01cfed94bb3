using Analytics.Synthetic.Tests.Helpers;

namespace Analytics.Synthetic.Tests;

/// <summary>The reform of 1 July 2025: districts end, merged communes' units end on 30 June 2025 with a
/// successor that starts on 1 July, their members carry on in the successor's cells, and communes that
/// were not merged move from their district to the province (a second unit version).</summary>
[Collection(ProvinceCollection.Name)]
public sealed class MergerTests(Provinces provinces)
{
    private static readonly DateOnly LastDay = new(2025, 6, 30);
    private static readonly DateOnly Reform = new(2025, 7, 1);

    [Fact]
    public void Merged_units_end_on_30_June_2025_and_point_to_a_successor_starting_1_July()
    {
        var units = provinces.Planted.Data!.Units;
        var merged = units.Where(u => u.Successor.Length > 0).ToList();
        Assert.True(merged.Select(u => u.Submission).Distinct().Count() >= 2, "at least two communes merged");
        foreach (var old in merged)
        {
            Assert.Equal(LastDay, old.To);
            var successor = Assert.Single(units, u => u.Code == old.Successor);
            Assert.Equal(Reform, successor.From);
            Assert.Equal(old.Kind, successor.Kind);
        }

        Assert.Contains(merged, u => u.Kind == "grassroots_party_org");
        Assert.Contains(merged, u => u.Kind == "party_cell");
        Assert.Contains(merged, u => u.Kind == "government_body");
    }

    [Fact]
    public void Members_of_merged_communes_are_rated_in_the_successor_cells_in_2025()
    {
        var data = provinces.Planted.Data!;
        var successorOf = data.Units.Where(u => u.Kind == "party_cell" && u.Successor.Length > 0)
            .ToDictionary(u => u.Code, u => u.Successor);
        var moved = data.Positions.Where(p => p.To == LastDay && successorOf.ContainsKey(p.Unit)).ToList();
        Assert.NotEmpty(moved);
        var finals2025 = data.Finals.Where(r => r.Year == 2025 && r.Role == "party_member").ToDictionary(r => r.SubjectId, r => r.Unit);
        var positions = data.Positions.ToLookup(p => p.Person);
        var ratedCells2025 = data.Finals.Where(r => r.Year == 2025).Select(r => r.Unit).ToHashSet();
        foreach (var old in moved)
        {
            string successor = successorOf[old.Unit];
            Assert.Contains(positions[old.Person], p => p.Unit == successor && p.From == Reform && p.To is null);
            Assert.Equal(successor, finals2025[old.Person]);
            Assert.DoesNotContain(old.Unit, ratedCells2025);
        }
    }

    [Fact]
    public void Communes_not_merged_move_from_their_district_to_the_province()
    {
        var data = provinces.Planted.Data!;
        var orgs = data.Units.Where(u => u.Kind == "grassroots_party_org").GroupBy(u => u.Code).Where(g => g.Count() == 2).ToList();
        Assert.NotEmpty(orgs);
        foreach (var org in orgs)
        {
            var before = org.Single(v => v.To == LastDay);
            var after = org.Single(v => v.From == Reform);
            Assert.EndsWith("-HU", before.Parent, StringComparison.Ordinal);
            Assert.Equal("TU", after.Parent);
        }

        Assert.All(data.Units.Where(u => u.Kind == "party_committee" && u.Code != "TU"), d => Assert.Equal(LastDay, d.To));
        Assert.DoesNotContain(data.Finals, r => r.Year == 2025 && r.SubjectId.EndsWith("-HU", StringComparison.Ordinal));
    }
}
