using Analytics.Warehouse.Store;
using Analytics.Warehouse.Tests.Helpers;

namespace Analytics.Warehouse.Tests;

/// <summary>The anonymised export is an allowlist with a decision for every column: each column of each
/// exported table is either exported or withheld for a stated reason, so a column a migration adds is
/// neither leaked nor lost without someone deciding it in ExportedTables.</summary>
public sealed class ExportedTablesTests
{
    [Fact]
    public void Every_column_of_every_exported_table_is_exported_or_withheld_by_decision()
    {
        using var wh = new TempWarehouse();
        wh.Store.Execute("CREATE TEMP TABLE export_record_token (record_id VARCHAR, token VARCHAR)");
        foreach (var table in ExportedTables.All)
        {
            var columns = Columns(wh.Store, $"SELECT * FROM {table.From}");
            var exported = Columns(wh.Store, table.Anonymised);
            Assert.Empty(exported.Intersect(table.Withheld));
            Assert.Equal(columns.Order(StringComparer.Ordinal),
                exported.Except(ExportedTables.Added(table.Name)).Concat(table.Withheld).Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public void Nothing_a_sender_or_a_user_types_is_in_the_anonymised_export()
    {
        var withheld = ExportedTables.All.ToDictionary(t => t.Name, t => t.Withheld);
        Assert.Equal(["comment", "extra"], withheld["rating"]);
        Assert.Equal(["comment", "extra"], withheld["residence_comment"]);
        Assert.Equal(["file", "message", "raw"], withheld["etl_rejected"]);
        Assert.Equal(["submission", "reason"], withheld["etl_batch"]);
        Assert.Equal(["status_by", "status_note"], withheld["finding"]);
        Assert.Equal(["by_user", "note"], withheld["finding_event"]);
        Assert.DoesNotContain(ExportedTables.All, t => t.Name is "person_identity" or "web_user" or "unit_observation");
    }

    private static List<string> Columns(WarehouseStore store, string select) =>
        store.Rows($"SELECT column_name FROM (DESCRIBE {select})", r => r.GetString(0)).ToList();
}
