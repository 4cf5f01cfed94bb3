using Analytics.Warehouse.Checks;
using Analytics.Warehouse.Store;
using Analytics.Warehouse.Tests.Helpers;

namespace Analytics.Warehouse.Tests.Checks;

/// <summary>R11 from the deliveries of a source: expected units that delivered nothing by the deadline,
/// with the same finding identity as the R11 query, resolved by data once they deliver.</summary>
public sealed class FreshnessCheckTests
{
    [Fact]
    public void The_due_year_is_the_latest_whose_deadline_has_passed()
    {
        Assert.Equal(("2025", new DateOnly(2026, 3, 1)), FreshnessCheck.DueYear(new DateOnly(2026, 3, 2), 60));
        Assert.Equal(("2024", new DateOnly(2025, 3, 1)), FreshnessCheck.DueYear(new DateOnly(2026, 3, 1), 60));
        Assert.Equal(("2025", new DateOnly(2025, 12, 31)), FreshnessCheck.DueYear(new DateOnly(2026, 1, 1), 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => FreshnessCheck.DueYear(new DateOnly(2026, 1, 1), -1));
    }

    [Fact]
    public void An_expected_unit_without_a_delivery_through_the_source_is_r11_until_it_delivers()
    {
        using var wh = new TempWarehouse();
        Load(wh.Store, "test", "h1", ("DU", "grassroots_party_org", "TU"), ("CB1", "party_cell", "DU"),
            ("DU2", "grassroots_party_org", "TU"), ("CB9", "party_cell", "DU2"));
        Load(wh.Store, "test", "h2", ratingsOf: "CB1");
        Load(wh.Store, "other", "h3", ratingsOf: "CB9");          // another source's delivery does not count
        var check = new FreshnessCheck(wh.Store);

        var first = check.Run("test", ["DU", "DU2", "DU2"], "2024", new DateOnly(2025, 3, 1));
        var finding = Assert.Single(first.Findings);
        Assert.Equal(("R11", "2023", "2024", "unit", "DU2", "DU2", "violation"),
            (finding.Rule, finding.RuleSet, finding.Period, finding.SubjectKind, finding.SubjectId, finding.UnitCode, finding.Severity));
        Assert.Equal("chưa nộp kết quả xếp loại năm 2024 qua nguồn 'test' đến hạn 01/03/2025", finding.Message);
        Assert.Equal(["DU"], first.Delivered);
        Assert.Equal((1, 0), (first.New, first.ResolvedByData));
        Assert.Equal(["2024"], check.OpenPeriods("test"));
        Assert.Empty(check.OpenPeriods("other"));

        // The review workflow survives: acknowledged, re-raised, then resolved by data.
        var id = FindingIdentity.Of(wh.Store.Key!, finding);
        wh.Store.Execute("UPDATE finding SET status = 'acknowledged', status_by = 'an' WHERE finding_id = $1", id);
        Assert.Equal(0, check.Run("test", ["DU", "DU2"], "2024", new DateOnly(2025, 3, 1)).New);
        Load(wh.Store, "test", "h4", ratingsOf: "CB9");
        var after = check.Run("test", ["DU", "DU2"], "2024", new DateOnly(2025, 3, 1));
        Assert.Equal((0, 1), (after.Findings.Count, after.ResolvedByData));
        Assert.Equal(["DU", "DU2"], after.Delivered);
        Assert.Equal(1, wh.Scalar($"SELECT count(*) FROM finding WHERE finding_id = '{id}' AND NOT holds AND status = 'acknowledged'"));
        Assert.Empty(check.OpenPeriods("test"));
    }

    [Fact]
    public void A_finding_raised_here_and_by_the_r11_query_is_one_finding()
    {
        using var wh = new TempWarehouse();
        Load(wh.Store, "test", "h1", ("DU", "grassroots_party_org", "TU"), ("CB1", "party_cell", "DU"),
            ("DU2", "grassroots_party_org", "TU"), ("CB9", "party_cell", "DU2"));
        Load(wh.Store, "test", "h2", ratingsOf: "CB1");
        var fresh = Assert.Single(new FreshnessCheck(wh.Store).Run("test", ["DU2"], "2024", new DateOnly(2025, 3, 1)).Findings);
        var query = Assert.Single(new CheckRunner(wh.Store, new CheckSettings()).Run("2024", ["R11"]).Findings);
        Assert.Equal(FindingIdentity.Of(wh.Store.Key!, fresh), FindingIdentity.Of(wh.Store.Key!, query));
        Assert.Equal(1, wh.Scalar("SELECT count(*) FROM finding"));
    }

    [Fact]
    public async Task A_connected_store_reads_the_same_database_on_another_thread()
    {
        using var wh = new TempWarehouse();
        Load(wh.Store, "test", "h1", ("DU", "grassroots_party_org", "TU"), ("CB1", "party_cell", "DU"));
        var counts = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
        {
            using var session = wh.Store.Connect();
            return session.Scalar("SELECT count(*) FROM unit_observation");
        })));
        Assert.Equal([2L, 2L], counts);
        Load(wh.Store, "test", "h2", ratingsOf: "CB1");
        using var later = wh.Store.Connect();
        Assert.Equal(2, later.Scalar("SELECT count(*) FROM rating"));
    }

    private static void Load(WarehouseStore store, string source, string hash, params (string Code, string Kind, string Parent)[] units) =>
        Load(store, source, hash, null, units);

    private static void Load(
        WarehouseStore store, string source, string hash, string? ratingsOf, params (string Code, string Kind, string Parent)[] units)
    {
        using var batch = store.BeginBatch(new BatchInfo(source, "csv-folder", "/tmp/" + hash, hash));
        var line = 2;
        foreach (var (code, kind, parent) in units)
            batch.Stage(new UnitRow(1, line++, code, "Đơn vị " + code, kind, parent, null, "X", new DateOnly(2020, 1, 1),
                null, null, null));
        if (ratingsOf is not null)
            for (var i = 0; i < 2; i++) batch.Stage(Rows.Rating($"{hash}-{i}", unit: ratingsOf, line: line++, person: 100 + i));
        batch.AddFile(batch.NextFileNumber(), Rows.File("ratings.csv", "ratings"));
        batch.Commit();
    }
}
