using Analytics.Etl.Loading;
using Analytics.Etl.Sources;
using Analytics.Etl.Tests.Helpers;
using Microsoft.Data.Sqlite;

namespace Analytics.Etl.Tests.Sources;

/// <summary>The warehouse has one writer: two sources pulled at once on two threads, each with its
/// own store on the same file, fetch side by side but load one after the other, and both land whole.</summary>
public sealed class ConcurrentPullTests
{
    [Fact]
    public void Two_sources_loading_at_once_serialise_and_both_land_fully()
    {
        using var bench = new SourceBench();
        const int RowCount = 20_000;
        var database = bench.PathOf("a.sqlite");
        using (var connection = new SqliteConnection($"Data Source={database};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = """
                CREATE TABLE units (unit_code, unit_name, unit_kind);
                INSERT INTO units VALUES ('A', 'Đơn vị A', 'party_cell');
                CREATE TABLE ratings AS
                WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000)
                SELECT 'A' || i AS record_id, '2024' AS period, 'person' AS subject_kind, 'P' || i AS subject_id, 'A' AS unit_code,
                       'party_member' AS role, 'final' AS channel, 'HTTNV' AS level FROM n;
                """;
            command.ExecuteNonQuery();
        }
        var lines = Enumerable.Range(1, RowCount).Select(i => $"B{i},2024,person,Q{i},B,party_member,final,HTNV,,,,,0");
        bench.Write("drop/b/units.csv", "unit_code,unit_name,unit_kind\nB,Đơn vị B,party_cell");
        bench.Write("drop/b/ratings.csv", SubmissionFolder.RatingsHeader + "\n" + string.Join("\n", lines));
        SourceSettings[] sources =
        [
            new()
            {
                Name = "a", Kind = "sqlite", Path = database,
                Queries = new() { ["units"] = "SELECT * FROM units", ["ratings"] = "SELECT * FROM ratings" },
            },
            new() { Name = "b", Kind = "drop", Path = bench.PathOf("drop"), SettleSeconds = 0 },
        ];
        using var start = new Barrier(2);
        Assert.Equal(0, bench.Scalar("SELECT count(*) FROM etl_batch"));   // the warehouse exists (migrated) before the two writers race

        var reports = sources.AsParallel().WithDegreeOfParallelism(2).Select(source =>
        {
            var puller = new SourcePuller(source, bench.Landing);
            start.SignalAndWait();
            return bench.Load(puller, puller.Fetch(null, CancellationToken.None));
        }).ToList();

        Assert.All(reports, r => Assert.Equal(IngestStatus.Loaded, Assert.Single(r.Submissions).Status));
        Assert.Equal(2 * RowCount, bench.Scalar("SELECT count(*) FROM rating"));
        Assert.Equal(
            ["a|20000", "b|20000"], bench.Strings("SELECT concat_ws('|', source, rows_loaded - 1) FROM etl_batch ORDER BY source"));
        // One writer: the second batch started after the first had finished.
        Assert.Equal(1, bench.Scalar(
            "SELECT count(*) FROM etl_batch x JOIN etl_batch y ON x.batch_id + 1 = y.batch_id WHERE y.started_at >= x.finished_at"));
    }
}
