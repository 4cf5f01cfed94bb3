using System.IO.Compression;
using Analytics.App.Jobs;
using Analytics.App.Tests.Serve;
using Microsoft.Data.Sqlite;

namespace Analytics.App.Tests.Jobs;

/// <summary>The recurring pull of a drop-folder source through Hangfire: start (warehouse queue) →
/// fetch (default queue) → load (warehouse queue) → analysis of the touched periods as the load's
/// continuation. The same content pulled twice changes nothing.</summary>
[Collection(ServeCollection.Name)]
public sealed class IngestJobTests
{
    private const string FindingsSql = "SELECT rule || ' ' || period || ' ' || subject_id FROM finding ORDER BY 1";

    [Fact]
    public async Task A_pull_loads_the_drop_and_its_continuation_checks_the_touched_periods()
    {
        using var folder = new ServeFolder();
        folder.Deliver("xa-tan-phu");
        ZipFile.CreateFromDirectory(folder.Deliver("xa-hoa-binh"), Path.Combine(folder.Drop, "xa-hoa-binh.zip"));
        Directory.Delete(Path.Combine(folder.Drop, "xa-hoa-binh"), true);
        await using var serve = await ServeRunner.Start(folder.Root, folder.DropSource());

        var start = serve.Trigger("ingest:drop");
        await serve.WaitForSucceeded(4);   // start, fetch, load, analysis
        Assert.Equal([("drop", "zip", 992L), ("drop", "csv-folder", 1_014L)],
            serve.Read(s => s.Rows("SELECT source, connector, rows_loaded FROM etl_batch WHERE status = 'loaded' ORDER BY batch_id",
                r => (r.GetString(0), r.GetString(1), r.GetInt64(2))).ToList()));
        Assert.Equal(["R03 2024 HB000034"], serve.Read(s => s.Rows(FindingsSql, r => r.GetString(0)).ToList()));
        Assert.Equal([["2023"], ["2024"]], serve.Read(s => s.Rows("SELECT periods FROM check_run ORDER BY run_id",
            r => ((System.Collections.IList)r.GetValue(0)).Cast<string>().ToArray()).ToList()));
        Assert.Equal([["2023", "2024"]], serve.Read(s => s.Rows("SELECT periods FROM formalism_run ORDER BY run_id",
            r => ((System.Collections.IList)r.GetValue(0)).Cast<string>().ToArray()).ToList()));
        Assert.Equal(["xa-hoa-binh.zip", "xa-hoa-binh.zip.errors.csv", "xa-tan-phu", "xa-tan-phu.errors.csv"],
            Directory.EnumerateFileSystemEntries(Path.Combine(folder.Drop, "archive"))
                .Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.StartsWith("\"fetch ", serve.Result(start), StringComparison.Ordinal);
        var analysis = serve.Storage.GetMonitoringApi().SucceededJobs(0, 10).Single(j => j.Value.Job.Method.Name == "Analyse");
        Assert.Equal(
            "\"2023: 0 findings (0 new, 0 resolved by data); 2024: 1 findings (1 new, 0 resolved by data); " +
            "formalism run 1: 31 units scored\"",
            serve.Result(analysis.Key));
    }

    [Fact]
    public async Task Pulling_the_same_content_twice_at_once_and_again_later_changes_nothing()
    {
        using var folder = new ServeFolder();
        folder.Deliver("xa-tan-phu");
        await using var serve = await ServeRunner.Start(folder.Root, folder.DropSource());

        serve.Trigger("ingest:drop");
        serve.Trigger("ingest:drop");        // a missed run fired at start-up next to the scheduled one
        await serve.WaitForSucceeded(7);     // 2 × (start, fetch, load) and one analysis
        var findings = serve.Read(s => s.Rows(FindingsSql, r => r.GetString(0)).ToList());
        Assert.Equal(1, serve.Read(s => s.Scalar("SELECT count(*) FROM etl_batch")));

        folder.Deliver("xa-tan-phu");        // delivered again, byte for byte
        serve.Trigger("ingest:drop");
        await serve.WaitForSucceeded(10);    // start, fetch, load; nothing touched, so no analysis
        Assert.Equal(1, serve.Read(s => s.Scalar("SELECT count(*) FROM etl_batch")));
        Assert.Equal(findings, serve.Read(s => s.Rows(FindingsSql, r => r.GetString(0)).ToList()));
        var load = serve.Storage.GetMonitoringApi().SucceededJobs(0, 20).First(j => j.Value.Job.Method.Name == "Load");
        Assert.Equal("\"1 submissions (1 alreadyloaded), watermark none\"", serve.Result(load.Key));
        Assert.Equal(2, Directory.EnumerateDirectories(Path.Combine(folder.Drop, "archive")).Count());
    }

    [Fact]
    public async Task A_sqlite_source_is_pulled_in_the_process_that_keeps_its_jobs_in_sqlite()
    {
        using var folder = new ServeFolder();
        var database = Path.Combine(folder.Root, "personnel.db");
        using (var connection = new SqliteConnection($"Data Source={database};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = """
                CREATE TABLE units (unit_code TEXT, unit_name TEXT, unit_kind TEXT, parent_code TEXT, area_code TEXT, valid_from TEXT);
                INSERT INTO units VALUES ('DU', 'Đảng bộ xã Tân Phú', 'grassroots_party_org', NULL, 'TP', '2020-01-01'),
                                         ('CB1', 'Chi bộ thôn 1', 'party_cell', 'DU', 'TP', '2020-01-01');
                CREATE TABLE ratings (record_id TEXT, period TEXT, subject_kind TEXT, subject_id TEXT, unit_code TEXT, role TEXT,
                                      channel TEXT, level TEXT, decided_on TEXT);
                INSERT INTO ratings VALUES ('R1', '2024', 'person', 'P1', 'CB1', 'party_member', 'final', 'HTTNV', '2024-12-20'),
                                           ('R2', '2024', 'person', 'P2', 'CB1', 'party_member', 'final',
                                            'Hoàn thành xuất sắc nhiệm vụ', '2024-12-20');
                """;
            command.ExecuteNonQuery();
        }
        var settings = new Dictionary<string, string?>
        {
            ["Sources:0:Name"] = "personnel",
            ["Sources:0:Kind"] = "sqlite",
            ["Sources:0:Path"] = database,
            ["Sources:0:Queries:units"] = "SELECT * FROM units",
            ["Sources:0:Queries:ratings"] = "SELECT * FROM ratings",
        };
        await using var serve = await ServeRunner.Start(folder.Root, settings);
        serve.Trigger("ingest:personnel");
        await serve.WaitForSucceeded(4);
        Assert.Equal(("personnel", "sqlite", 2L), serve.Read(s => s.Rows(
            "SELECT b.source, b.connector, count(*) FROM rating r JOIN etl_batch b USING (batch_id) GROUP BY ALL",
            r => (r.GetString(0), r.GetString(1), r.GetInt64(2))).Single()));
    }
}
