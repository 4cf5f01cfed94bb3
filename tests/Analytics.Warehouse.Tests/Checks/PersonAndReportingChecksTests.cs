using Analytics.Warehouse.Checks;
using Analytics.Warehouse.Store;
using Analytics.Warehouse.Tests.Helpers;

namespace Analytics.Warehouse.Tests.Checks;

/// <summary>R07, R08, R10, R11, and the finding workflow across re-runs.</summary>
public sealed class PersonAndReportingChecksTests
{
    [Fact]
    public void R07_party_rating_above_the_civil_service_one()
    {
        using var p = new RatedProvince()
            .Person("A", "CB1", 4).Person("A", "UB", 3, RatingRole.CivilServant)
            .Person("B", "CB1", 3).Person("B", "UB", 3, RatingRole.CivilServant)
            .Person("C", "CB1", 2).Person("C", "UB", 1, RatingRole.CivilServant)
            .Person("D", "CB1", 2).Person("D", "UB", 4, RatingRole.CivilServant);
        Assert.Equal(["A", "C"], p.Check("R07").Select(f => f.SubjectId));
    }

    [Fact]
    public void R08_two_years_running_khtnv_but_not_after_expulsion()
    {
        using var p = new RatedProvince()
            .Person("A", "CB1", 1, year: 2023).Person("A", "CB1", 1, year: 2024)
            .Person("B", "CB1", 1, year: 2023).Person("B", "CB1", 2, year: 2024)
            .Person("C", "CB1", 1, year: 2023).Person("C", "CB1", 1, year: 2024, discipline: Discipline.Expulsion)
            .Person("D", "CB1", 1, year: 2022).Person("D", "CB1", 1, year: 2024);
        var finding = Assert.Single(p.Check("R08"));
        Assert.Equal(("A", "2024", "KHTNV năm 2023 và lại KHTNV năm 2024"), (finding.SubjectId, finding.Period, finding.Message));
    }

    [Fact]
    public void R10_summary_counts_must_equal_the_detail_of_all_cells()
    {
        using var p = new RatedProvince().Members("CB1", 2024, 4, 3, 3).Members("CB2", 2024, 3, 2)
            .Person("N", "CB2", null)
            .Summary("DU", 4, 1).Summary("DU", 3, 3).Summary("DU", 2, 1).Summary("DU", null, 1);
        Assert.Empty(p.Check("R10"));

        using var wrong = new RatedProvince().Members("CB1", 2024, 4, 3, 3).Members("CB2", 2024, 3, 2)
            .Summary("DU", 4, 2).Summary("DU", 3, 3);
        Assert.Equal("biểu tổng hợp không khớp số liệu chi tiết: "
            + "HTXSNV báo cáo 2, đếm được 1; HTNV báo cáo 0, đếm được 1",
            Assert.Single(wrong.Check("R10")).Message);
    }

    [Fact]
    public void R11_a_grassroots_organisation_without_member_finals_is_missing_and_late_decisions_are_late()
    {
        using var p = new RatedProvince().Unit("DU2", "grassroots_party_org", parent: "TU").Unit("CB9", "party_cell", parent: "DU2")
            .Members("CB1", 2024, 3, 3);
        var finding = Assert.Single(p.Check("R11"));
        Assert.Equal(("DU2", "chưa nộp kết quả xếp loại đảng viên năm 2024"), (finding.SubjectId, finding.Message));

        using var late = new RatedProvince().Person("A", "CB1", 3).Person("B", "CB2", 3, decidedOn: new DateOnly(2025, 3, 10));
        Assert.Equal("quyết định xếp loại ngày 10/03/2025, sau hạn 28/02/2025", Assert.Single(late.Check("R11")).Message);
        using var onTime = new RatedProvince().Person("A", "CB1", 3, decidedOn: new DateOnly(2025, 2, 28));
        Assert.Empty(onTime.Check("R11"));
    }

    [Fact]
    public void A_finding_keeps_its_review_status_and_is_resolved_by_data_when_it_stops_holding()
    {
        using var p = new RatedProvince().UnitRating("DU", 3).UnitRating("UB", 1);
        var finding = Assert.Single(p.Check("R09"));
        var id = FindingIdentity.Of(p.Store.Key!, finding);
        p.Store.Execute("UPDATE finding SET status = 'acknowledged', status_by = 'analyst1' WHERE finding_id = $1", id);
        Assert.Single(p.Check("R09"));
        Assert.Equal(1, p.Store.Scalar(
            "SELECT count(*) FROM finding WHERE status = 'acknowledged' AND holds AND last_run = 2 AND first_run = 1"));

        using (var batch = p.Store.BeginBatch(Rows.Info("correction")))   // the state side re-rated: no longer out of step
        {
            batch.Stage(new RatingRow(1, 2, "UB-Organisation-2024", 1, new StoredPeriod(PeriodGrain.Year, 2024, 0), SubjectKind.Unit,
                null, "UB", "UB", RatingRole.Organisation, RatingChannel.Final, 2, false, null, Discipline.None, null, null, null));
            batch.AddFile(batch.NextFileNumber(), Rows.File("ratings.csv", "ratings"));
            batch.Commit();
        }
        Assert.Empty(p.Check("R09"));
        Assert.Equal(1, p.Store.Scalar(
            "SELECT count(*) FROM finding WHERE NOT holds AND status = 'acknowledged' AND status_by = 'analyst1'"));
    }
}
