using Analytics.Warehouse.Checks;
using Analytics.Warehouse.Store;
using Analytics.Warehouse.Tests.Helpers;

namespace Analytics.Warehouse.Tests.Checks;

/// <summary>R04–R06 and R09: organisations against their members, heads and state counterparts.</summary>
public sealed class OrganisationChecksTests
{
    [Fact]
    public void R04_an_excellent_cell_needs_all_members_htnv_and_eighty_percent_httnv()
    {
        using var p = new RatedProvince().UnitRating("CB1", 4).Members("CB1", 2024, 4, 3, 3, 3, 2)   // 80%: fine
            .UnitRating("CB2", 4).Members("CB2", 2024, 4, 3, 3, 2, 2);                                // 60%
        var finding = Assert.Single(p.Check("R04"));
        Assert.Equal(("CB2", "xếp loại HTXSNV nhưng chỉ 60,0% đảng viên đạt HTTNV trở lên (cần 80%)"),
            (finding.SubjectId, finding.Message));
    }

    [Fact]
    public void R04_a_member_below_htnv_or_a_weak_counterpart_spoils_excellence()
    {
        using var p = new RatedProvince().UnitRating("CB1", 4).Members("CB1", 2024, 4, 3, 3, 3, 3, 3, 3, 3, 3, 1)
            .UnitRating("DU", 4).UnitRating("CB2", 3).UnitRating("UB", 2).UnitRating("MT", 3);
        var findings = p.Check("R04");
        Assert.Equal(["CB1", "DU"], findings.Select(f => f.SubjectId).Order());
        Assert.Equal("xếp loại HTXSNV nhưng 1/10 đảng viên dưới HTNV", findings.Single(f => f.SubjectId == "CB1").Message);
        Assert.Equal("xếp loại HTXSNV nhưng chính quyền, cơ quan cùng cấp dưới HTTNV: UB",
            findings.Single(f => f.SubjectId == "DU").Message);
    }

    [Fact]
    public void R05_a_failed_cell_whose_members_all_did_well_is_a_warning()
    {
        using var p = new RatedProvince().UnitRating("CB1", 1).Members("CB1", 2024, 3, 3, 4)
            .UnitRating("CB2", 1).Members("CB2", 2024, 3, 2, 4);
        var finding = Assert.Single(p.Check("R05"));
        Assert.Equal(("CB1", "warning", "xếp loại KHTNV trong khi cả 3 cá nhân được xếp loại "
            + "đều đạt HTTNV trở lên"),
            (finding.SubjectId, finding.Severity, finding.Message));
    }

    [Fact]
    public void R06_a_head_above_the_collective_fires_and_equal_is_fine()
    {
        using var p = new RatedProvince().UnitRating("BTV", 3, RatingRole.Collective).Head("H", "BTV")
            .Person("H", "BTV", 4, RatingRole.Leader)
            .UnitRating("UB", 3).Head("K", "UB").Person("K", "UB", 3, RatingRole.Leader);
        var finding = Assert.Single(p.Check("R06"));
        Assert.Equal(("person", "H", "BTV"), (finding.SubjectKind, finding.SubjectId, finding.UnitCode));
    }

    [Fact]
    public void R09_party_and_state_two_levels_apart_or_excellent_over_completed()
    {
        using var gap = new RatedProvince().UnitRating("DU", 3).UnitRating("UB", 1);
        Assert.Equal("tổ chức đảng xếp loại HTTNV, UB xếp loại KHTNV", Assert.Single(gap.Check("R09")).Message);
        using var excellent = new RatedProvince().UnitRating("DU", 4).UnitRating("UB", 2);
        Assert.Single(excellent.Check("R09"));
        using var near = new RatedProvince().UnitRating("DU", 4).UnitRating("UB", 3);
        Assert.Empty(near.Check("R09"));
    }
}
