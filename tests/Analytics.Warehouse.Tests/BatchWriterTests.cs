using Analytics.Warehouse.Store;
using Analytics.Warehouse.Tests.Helpers;

namespace Analytics.Warehouse.Tests;

/// <summary>One batch = one transaction: all or nothing, set-level checks, idempotent merges.</summary>
public sealed class BatchWriterTests
{
    [Fact]
    public void A_batch_disposed_without_commit_leaves_no_row_behind()
    {
        using var wh = new TempWarehouse();
        using (var batch = wh.Store.BeginBatch(Rows.Info("h1")))
        {
            batch.Stage(Rows.Unit("CB01"));
            for (var i = 0; i < 5000; i++) batch.Stage(Rows.Rating($"R{i}"));
            batch.Reject(new RejectedRow("ratings.csv", "ratings", 9, "level", "UNKNOWN_LEVEL", "x", "raw"));
            // no Commit: a failure mid-batch
        }
        foreach (var table in new[] { "etl_batch", "etl_rejected", "unit_observation", "rating", "stg_identity", "stg_unit" })
            Assert.Equal(0, wh.Scalar($"SELECT count(*) FROM {table}"));
        Assert.Null(wh.Store.FindBatchByHash("h1"));
    }

    [Fact]
    public void A_committed_batch_merges_counts_and_clears_staging()
    {
        using var wh = new TempWarehouse();
        BatchOutcome outcome;
        using (var batch = wh.Store.BeginBatch(Rows.Info("h1")))
        {
            batch.Stage(Rows.Unit("CB01"));
            batch.Stage(Rows.Rating("R1"));
            batch.Stage(Rows.Rating("R2", line: 3));
            batch.Stage(Rows.Rating("R2", line: 4));                 // identical repeat: unchanged
            batch.Stage(Rows.Rating("R2", level: 4, line: 5));       // same id, other content: conflict
            batch.StageIdentity(11, "DV-11");
            batch.AddFile(batch.NextFileNumber(), Rows.File("ratings.csv", "ratings"));
            outcome = batch.Commit();
        }
        Assert.Equal(new KindCounts(4, 2, 1, 1), outcome.Kinds["ratings"]);
        Assert.Equal(new KindCounts(1, 1, 0, 0), outcome.Kinds["units"]);
        Assert.Equal(2, wh.Scalar("SELECT count(*) FROM rating"));
        Assert.Equal(0, wh.Scalar("SELECT count(*) FROM stg_identity"));
        Assert.Equal(1, wh.Scalar("SELECT count(*) FROM etl_rejected WHERE file = 'ratings.csv' " +
            "AND message = 'record ''R2'' revision 0 is delivered again (first on line 3) with different content'"));
        Assert.Equal(1, wh.Scalar("SELECT count(*) FROM etl_rejected WHERE reason = 'DUPLICATE_RECORD' AND line = 5"));
        Assert.Equal(1, wh.Scalar("SELECT count(*) FROM person_identity WHERE source_person_id = 'DV-11' AND person_key = 11"));
        Assert.Equal(3, wh.Scalar("SELECT rows_loaded FROM etl_batch WHERE status = 'loaded'"));
    }

    [Fact]
    public void Known_units_are_the_registry_plus_the_units_staged_in_the_batch()
    {
        using var wh = new TempWarehouse();
        using (var batch = wh.Store.BeginBatch(Rows.Info("h1")))
        {
            Assert.False(batch.IsKnownUnit("CB01"));
            batch.Stage(Rows.Unit("CB01"));
            Assert.True(batch.IsKnownUnit("CB01"));
            batch.AddFile(batch.NextFileNumber(), Rows.File("units.csv", "units"));
            batch.Commit();
        }
        using var next = wh.Store.BeginBatch(Rows.Info("h2"));
        Assert.True(next.IsKnownUnit("CB01"));
        Assert.False(next.IsKnownUnit("CB02"));
    }

    [Fact]
    public void The_same_rows_in_a_second_batch_change_nothing()
    {
        using var wh = new TempWarehouse();
        for (var round = 1; round <= 2; round++)
        {
            using var batch = wh.Store.BeginBatch(Rows.Info($"h{round}"));
            batch.Stage(Rows.Unit("CB01"));
            batch.Stage(Rows.Rating("R1"));
            batch.AddFile(batch.NextFileNumber(), Rows.File("ratings.csv", "ratings"));
            var outcome = batch.Commit();
            Assert.Equal(round == 1 ? 2 : 0, outcome.Loaded);
            Assert.Equal(round == 1 ? 0 : 2, outcome.Unchanged);
        }
        Assert.Equal(new RecordCounts(1, 0, 0, 1, 0, 0), wh.Store.Counts());
    }

    /// <summary>A first batch: cell CB01 and rating R1 (revision 0) at the given level.</summary>
    private static void LoadCellWithRating(TempWarehouse wh, string hash, byte level)
    {
        using var batch = wh.Store.BeginBatch(Rows.Info(hash));
        batch.Stage(Rows.Unit("CB01"));
        batch.Stage(Rows.Rating("R1", level: level));
        batch.Commit();
    }

    [Fact]
    public void A_higher_revision_supersedes_and_both_are_kept()
    {
        using var wh = new TempWarehouse();
        LoadCellWithRating(wh, "h1", level: 3);
        using (var batch = wh.Store.BeginBatch(Rows.Info("h2")))
        {
            batch.Stage(Rows.Rating("R1", level: 1, revision: 1));
            batch.Commit();
        }
        Assert.Equal(2, wh.Scalar("SELECT count(*) FROM rating"));
        Assert.Equal(1, wh.Scalar("SELECT count(*) FROM rating_current"));
        Assert.Equal(1, wh.Scalar("SELECT level FROM rating_current WHERE record_id = 'R1'"));
    }

    [Fact]
    public void The_same_revision_with_other_content_in_a_later_batch_is_quarantined()
    {
        using var wh = new TempWarehouse();
        LoadCellWithRating(wh, "h1", level: 3);
        using (var batch = wh.Store.BeginBatch(Rows.Info("h2")))
        {
            batch.Stage(Rows.Rating("R1", level: 4, line: 7));
            batch.AddFile(batch.NextFileNumber(), Rows.File("ratings.csv", "ratings"));
            Assert.Equal(new KindCounts(1, 0, 0, 1), batch.Commit().Kinds["ratings"]);
        }
        Assert.Equal(3, wh.Scalar("SELECT level FROM rating_current WHERE record_id = 'R1'"));
        Assert.Equal(1, wh.Scalar(
            "SELECT count(*) FROM etl_rejected WHERE reason = 'DUPLICATE_RECORD' AND line = 7 AND message LIKE '%loaded in batch 1%'"));
    }

    [Fact]
    public void Batch_ids_and_hashes_are_recorded()
    {
        using var wh = new TempWarehouse();
        using (var batch = wh.Store.BeginBatch(Rows.Info("abc")))
        {
            Assert.Equal(1, batch.BatchId);
            batch.Stage(Rows.Unit("CB01"));
            batch.AddFile(batch.NextFileNumber(), new FileReport("units.csv", "units", "utf-8", ",", 1, 0, ["ghi_chu"]));
            batch.Commit();
        }
        Assert.Equal(new PriorBatch(1, "loaded", "/tmp/abc", null), wh.Store.FindBatchByHash("abc"));
        Assert.Equal(1, wh.Scalar("SELECT count(*) FROM etl_file WHERE unknown_columns = ['ghi_chu']"));
        var rejected = wh.Store.RecordRejectedSubmission(Rows.Info("def"), "ratings.csv: no header row", []);
        Assert.Equal(2, rejected);
        Assert.Null(wh.Store.FindBatchByHash("def"));
        Assert.Equal(1, wh.Scalar("SELECT count(*) FROM etl_batch WHERE status = 'rejected' AND reason = 'ratings.csv: no header row'"));
    }
}
