using Analytics.Warehouse.Tests.Helpers;

namespace Analytics.Warehouse.Tests;

/// <summary>Units keep their history (SCD2): a changed unit becomes a new version.</summary>
public sealed class UnitHistoryTests
{
    private static void Load(TempWarehouse wh, string hash, params Analytics.Warehouse.Store.UnitRow[] units)
    {
        using var batch = wh.Store.BeginBatch(Helpers.Rows.Info(hash));
        foreach (var u in units) batch.Stage(u);
        batch.AddFile(batch.NextFileNumber(), Helpers.Rows.File("units.csv", "units"));
        batch.Commit();
    }

    [Fact]
    public void A_renamed_unit_gives_two_versions_closed_at_the_day_before()
    {
        using var wh = new TempWarehouse();
        Load(wh, "h1",
            Rows.Unit("CB03", "Chi bộ thôn 3", 2, new DateOnly(2020, 1, 1)),
            Rows.Unit("CB03", "Chi bộ thôn Đông", 3, new DateOnly(2024, 7, 1)));
        Assert.Equal(2, wh.Scalar("SELECT count(*) FROM unit_version WHERE unit_code = 'CB03'"));
        Assert.Equal(1, wh.Scalar("SELECT count(*) FROM unit_version WHERE unit_code = 'CB03' AND version = 1 "
            + "AND unit_name = 'Chi bộ thôn 3' AND valid_to = DATE '2024-06-30' AND NOT is_current"));
        Assert.Equal(1, wh.Scalar("SELECT count(*) FROM unit_current WHERE unit_code = 'CB03' AND version = 2 "
            + "AND unit_name = 'Chi bộ thôn Đông' AND valid_to IS NULL"));
        Assert.Equal(1, wh.Store.Counts().Units);
    }

    [Fact]
    public void A_changed_unit_without_valid_from_starts_a_version_on_the_load_date_and_a_repeat_changes_nothing()
    {
        using var wh = new TempWarehouse();
        Load(wh, "h1", Rows.Unit("CB01", "Chi bộ 1"));
        Load(wh, "h2", Rows.Unit("CB01", "Chi bộ 1"));
        Assert.Equal(1, wh.Scalar("SELECT count(*) FROM unit_observation"));
        Load(wh, "h3", Rows.Unit("CB01", "Chi bộ Trung tâm"));
        Assert.Equal(2, wh.Scalar("SELECT count(*) FROM unit_version"));
        Assert.Equal(1, wh.Scalar(
            "SELECT count(*) FROM unit_current WHERE unit_name = 'Chi bộ Trung tâm' AND valid_from = current_date"));
    }

    [Fact]
    public void The_same_unit_and_valid_from_twice_with_other_content_is_quarantined()
    {
        using var wh = new TempWarehouse();
        Load(wh, "h1",
            Rows.Unit("CB01", "Chi bộ 1", 2, new DateOnly(2020, 1, 1)),
            Rows.Unit("CB01", "Chi bộ Một", 5, new DateOnly(2020, 1, 1)));
        Assert.Equal(1, wh.Scalar("SELECT count(*) FROM unit_version"));
        Assert.Equal(1, wh.Scalar(
            "SELECT count(*) FROM etl_rejected WHERE reason = 'DUPLICATE_RECORD' AND line = 5 AND record_kind = 'units'"));
    }
}
