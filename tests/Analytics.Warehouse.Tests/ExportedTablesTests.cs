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

    // The dashboard's pseudonym is "P-" and the key as .NET's X16 writes it: two's complement for a negative key.
    [Fact]
    public void A_person_finding_is_exported_under_the_dashboards_pseudonym_for_any_key()
    {
        using var wh = new TempWarehouse();
        using (var batch = wh.Store.BeginBatch(Rows.Info("people")))
        {
            batch.StageIdentity(-2, "DV1");
            batch.StageIdentity(5, "DV2");
            batch.AddFile(batch.NextFileNumber(), Rows.File("people.csv", "people"));
            batch.Commit();
        }
        foreach (var (id, subject) in new[] { ("f1", "DV1"), ("f2", "DV2"), ("f3", "DV3") })
            wh.Store.Execute(Insert, id, subject, $"KHTNV hai năm liền ({subject})", $"{{\"person\": \"{subject}\"}}");
        var finding = ExportedTables.All.Single(t => t.Name == "finding");
        Assert.Equal(
            [("P-FFFFFFFFFFFFFFFE", -2L, "KHTNV hai năm liền (P-FFFFFFFFFFFFFFFE)", "{\"person\": \"P-FFFFFFFFFFFFFFFE\"}"),
             ("P-0000000000000005", 5L, "KHTNV hai năm liền (P-0000000000000005)", "{\"person\": \"P-0000000000000005\"}"),
             ("(ẩn danh)", (long?)null, "KHTNV hai năm liền ((ẩn danh))", "{\"person\": \"(ẩn danh)\"}")],
            wh.Store.Rows($"SELECT subject_id, person_key, message, evidence FROM ({finding.Anonymised}) ORDER BY finding_id",
                r => (r.GetString(0), r.IsDBNull(1) ? (long?)null : r.GetInt64(1), r.GetString(2), r.GetString(3))));
    }

    private const string Insert = """
        INSERT INTO finding (finding_id, rule, rule_set, period, subject_kind, subject_id, unit_code, severity, message, regulation,
                             evidence, first_run, last_run, holds)
        VALUES ($1, 'R08', '2023', '2024', 'person', $2, 'CB1', 'violation', $3, 'Chỉ thị 28-CT/TW', $4, 1, 1, true)
        """;

    private static List<string> Columns(WarehouseStore store, string select) =>
        store.Rows($"SELECT column_name FROM (DESCRIBE {select})", r => r.GetString(0)).ToList();
}
