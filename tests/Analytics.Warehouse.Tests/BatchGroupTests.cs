using Analytics.Warehouse.Store;
using Analytics.Warehouse.Tests.Helpers;

namespace Analytics.Warehouse.Tests;

/// <summary>Several batches in one transaction (a group): each keeps its own id, lineage and counts, and is
/// judged as if committed alone after the ones before it; batches of a group never share a unit or a person.</summary>
public sealed class BatchGroupTests
{
    [Fact]
    public void Each_batch_of_a_group_is_judged_against_the_batches_before_it()
    {
        using var wh = new TempWarehouse();
        IReadOnlyList<BatchOutcome?> outcomes;
        using (var group = wh.Store.BeginBatch(Rows.Info("h1")))
        {
            group.Stage(Rows.Unit("CB01"));
            group.Stage(Rows.Rating("R1", level: 3, line: 2));
            group.AddFile(group.NextFileNumber(), Rows.File("ratings.csv", "ratings"));
            group.Next(Rows.Info("h2"));
            group.Stage(Rows.Rating("R1", level: 3, line: 2));     // as batch 1 delivered it: unchanged
            group.Stage(Rows.Rating("R2", level: 4, line: 3));
            group.AddFile(group.NextFileNumber(), Rows.File("ratings.csv", "ratings"));
            group.Next(Rows.Info("h3"));
            group.Stage(Rows.Rating("R2", level: 2, line: 5));     // other content than batch 2's: a conflict
            group.AddFile(group.NextFileNumber(), Rows.File("ratings.csv", "ratings"));
            Assert.Equal(3, group.BatchId);
            outcomes = group.CommitAll();
        }
        Assert.Equal(
            [new KindCounts(1, 1, 0, 0), new KindCounts(2, 1, 1, 0), new KindCounts(1, 0, 0, 1)],
            outcomes.Select(o => o!.Kinds["ratings"]));
        Assert.Equal(["1 loaded 2", "2 loaded 1", "3 loaded 0"],
            wh.Store.Rows("SELECT concat_ws(' ', batch_id, status, rows_loaded) FROM etl_batch ORDER BY 1", r => r.GetString(0)));
        Assert.Equal(["3 ratings.csv 5 record 'R2' revision 0 was loaded in batch 2 with different content; " +
                "send a higher revision to correct it"],
            wh.Store.Rows("SELECT concat_ws(' ', batch_id, file, line, message) FROM etl_rejected", r => r.GetString(0)));
    }

    [Fact]
    public void A_unit_or_person_staged_by_one_batch_of_a_group_is_refused_to_another()
    {
        using var wh = new TempWarehouse();
        using var group = wh.Store.BeginBatch(Rows.Info("h1"));
        group.Stage(Rows.Unit("CB01"));
        group.Stage(new PersonRow(1, 2, 11, "DV-11", "Nguyễn Văn An", 1980, null, true, null, null));
        group.Next(Rows.Info("h2"));

        Assert.True(group.Holds("CB01"));
        Assert.True(group.Holds(11L));
        Assert.False(group.Holds("CB02"));
        var unit = Assert.Throws<InvalidOperationException>(() => group.Stage(Rows.Unit("CB01")));
        Assert.Equal("unit 'CB01' is already staged by batch 1 of this group; start a new group for this batch", unit.Message);
        var again = new PersonRow(1, 2, 11, "DV-11", "Nguyễn Văn An", 1981, null, true, null, null);
        Assert.Throws<InvalidOperationException>(() => group.Stage(again));
        Assert.Throws<ArgumentException>(() => group.Next(Rows.Info("h3") with { Source = "another-source" }));
    }

    [Fact]
    public void A_batch_rejected_whole_in_a_group_records_its_reason_and_files_and_loads_nothing()
    {
        using var wh = new TempWarehouse();
        using (var group = wh.Store.BeginBatch(Rows.Info("h1")))
        {
            group.Stage(Rows.Unit("CB01"));
            group.Next(Rows.Info("h2"));
            group.AddFile(group.NextFileNumber(), Rows.File("units.csv", "units"));
            group.RejectWhole("ratings.csv: no header row");
            Assert.Throws<InvalidOperationException>(group.Commit);
            Assert.Equal([true, false], group.CommitAll().Select(o => o is not null));
        }
        Assert.Equal(["1 loaded  1", "2 rejected ratings.csv: no header row 0"],
            wh.Store.Rows("SELECT concat_ws(' ', batch_id, status, coalesce(reason, ''), rows_loaded) FROM etl_batch ORDER BY 1",
                r => r.GetString(0)));
        Assert.Equal(["2 units.csv"], wh.Store.Rows("SELECT concat_ws(' ', batch_id, file) FROM etl_file", r => r.GetString(0)));
        Assert.Null(wh.Store.FindBatchByHash("h2"));
    }
}
