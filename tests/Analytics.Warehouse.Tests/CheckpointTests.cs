using Analytics.Warehouse.Tests.Helpers;
using DuckDB.NET.Data;

namespace Analytics.Warehouse.Tests;

/// <summary>The checkpoint that ends an ingest run writes the WAL into the file, and never waits on, or
/// fails for, a reader that holds a transaction open (the dashboard, in serve).</summary>
public sealed class CheckpointTests
{
    [Fact]
    public async Task A_checkpoint_returns_while_another_connection_holds_a_transaction()
    {
        using var wh = new TempWarehouse();
        wh.Store.Execute("CREATE TABLE t AS SELECT range AS n FROM range(100000)");
        using var reader = new DuckDBConnection($"Data Source={wh.Path}");
        reader.Open();
        using var transaction = reader.BeginTransaction();
        using (var read = reader.CreateCommand())
        {
            read.CommandText = "SELECT count(*) FROM t";
            Assert.Equal(100000L, read.ExecuteScalar());
        }

        var checkpoint = Task.Run(wh.Store.Checkpoint);
        await checkpoint.WaitAsync(TimeSpan.FromSeconds(30));

        transaction.Commit();
        wh.Reopen();
        Assert.Equal(100000, wh.Scalar("SELECT count(*) FROM t"));
    }

    [Fact]
    public void A_checkpoint_empties_the_write_ahead_log()
    {
        using var wh = new TempWarehouse();
        wh.Store.Execute("CREATE TABLE t AS SELECT range AS n, 'hàng ' || range AS s FROM range(200000)");
        var wal = wh.Path + ".wal";
        Assert.True(File.Exists(wal) && new FileInfo(wal).Length > 0, "the insert is in the WAL before the checkpoint");

        wh.Store.Checkpoint();

        Assert.Equal(0, File.Exists(wal) ? new FileInfo(wal).Length : 0);
    }
}
