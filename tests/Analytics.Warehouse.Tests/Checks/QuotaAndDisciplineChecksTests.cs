using Analytics.Warehouse.Checks;
using Analytics.Warehouse.Store;
using Analytics.Warehouse.Tests.Helpers;

namespace Analytics.Warehouse.Tests.Checks;

/// <summary>R01–R03: each fires on its fixture and keeps quiet on the near miss.</summary>
public sealed class QuotaAndDisciplineChecksTests
{
    [Fact]
    public void R01_counts_members_of_all_cells_and_allows_exactly_twenty_percent()
    {
        using var exactly = new RatedProvince().Members("CB1", 2024, 4, 3, 3, 3, 3, 3, 2).Members("CB2", 2024, 4, 3, 3, 3, 3, 3);
        Assert.Empty(exactly.Check("R01"));    // 2 HTXSNV = 20% × 10 HTTNV: allowed

        using var over = new RatedProvince().Members("CB1", 2024, 4, 4, 3, 3, 3).Members("CB2", 2024, 4, 3, 3, 3, 3);
        var finding = Assert.Single(over.Check("R01"));
        Assert.Equal(("R01", "2023", "unit", "DU", "DU", "violation"),
            (finding.Rule, finding.RuleSet, finding.SubjectKind, finding.SubjectId, finding.UnitCode, finding.Severity));
        Assert.Equal("3 đảng viên HTXSNV so với 7 HTTNV: vượt tỷ lệ 20%", finding.Message);
    }

    [Fact]
    public void R01_denominator_can_be_httnv_or_better()
    {
        using var p = new RatedProvince().Members("CB1", 2024, 4, 4, 3, 3, 3, 3, 3, 3, 3, 3);
        Assert.Single(p.Check("R01"));                                                   // 2 > 0.2 × 8
        Assert.Empty(p.Check("R01", quota: new ExcellentQuota { OfGoodOrBetter = true }));  // 2 ≤ 0.2 × 10
    }

    [Fact]
    public void R02_fires_when_the_agency_outshines_its_party_organisation()
    {
        using var p = new RatedProvince().Members("CB1", 2024, 4, 3, 3, 3, 3, 3, 3, 3, 3, 3)
            .Person("CC1", "UB", 4, RatingRole.CivilServant).Person("CC2", "UB", 3, RatingRole.CivilServant)
            .Person("CC3", "UB", 3, RatingRole.CivilServant).Person("CC4", "UB", 3, RatingRole.CivilServant);
        var finding = Assert.Single(p.Check("R02"));
        Assert.Equal(("UB", "tỷ lệ HTXSNV của công chức 25,0% cao hơn tỷ lệ HTXSNV của đảng viên DU 10,0%"),
            (finding.SubjectId, finding.Message));

        using var equal = new RatedProvince().Members("CB1", 2024, 4, 3, 3, 3)
            .Person("CC1", "UB", 4, RatingRole.CivilServant).Person("CC2", "UB", 3, RatingRole.CivilServant)
            .Person("CC3", "UB", 3, RatingRole.CivilServant).Person("CC4", "UB", 3, RatingRole.CivilServant);
        Assert.Empty(equal.Check("R02"));

        using var before2023 = new RatedProvince().Members("CB1", 2022, 4, 3, 3, 3, 3, 3, 3, 3, 3, 3)
            .Person("CC1", "UB", 4, RatingRole.CivilServant, 2022).Person("CC2", "UB", 3, RatingRole.CivilServant, 2022);
        Assert.Empty(before2023.Check("R02", "2022"));                                  // Decree 48/2023: not in the 2018 rule set
    }

    [Fact]
    public void R03_fires_on_a_disciplined_person_above_khtnv_but_not_on_one_rated_khtnv()
    {
        using var p = new RatedProvince()
            .Person("A", "CB1", 2, discipline: Discipline.Reprimand)
            .Person("B", "CB1", 1, discipline: Discipline.Warning)
            .Person("C", "CB1", 3)
            .Person("D", "CB1", 3).Person("D", "CB1", 3, channel: RatingChannel.Self, discipline: Discipline.Reprimand);
        var findings = p.Check("R03");
        Assert.Equal(["A", "D"], findings.Select(f => f.SubjectId));
        Assert.Equal("bị kỷ luật (khiển trách) nhưng được xếp loại đảng viên HTNV", findings[0].Message);
    }

    [Fact]
    public void R03_catches_a_collective_whose_member_got_a_warning()
    {
        using var p = new RatedProvince().UnitRating("BTV", 3, RatingRole.Collective)
            .Head("H", "BTV").Person("H", "BTV", 1, RatingRole.Leader, discipline: Discipline.Warning);
        Assert.Equal(["BTV"], p.Check("R03").Select(f => f.SubjectId));

        using var reprimand = new RatedProvince().UnitRating("BTV", 3, RatingRole.Collective)
            .Head("H", "BTV").Person("H", "BTV", 1, RatingRole.Leader, discipline: Discipline.Reprimand);
        Assert.Empty(reprimand.Check("R03"));
    }
}
