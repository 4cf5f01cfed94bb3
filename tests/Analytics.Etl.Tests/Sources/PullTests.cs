using Analytics.Etl.Loading;
using Analytics.Etl.Sources;
using Analytics.Etl.Tests.Helpers;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;

namespace Analytics.Etl.Tests.Sources;

/// <summary><see cref="SourcePuller.Pull"/>: loading while extracting lands and loads exactly what
/// Fetch + Load would (same content hash), and a source that breaks after rows were already being
/// loaded leaves no partial batch.</summary>
public sealed class PullTests
{
    private static string Database(SourceBench bench, int rows)
    {
        var path = bench.PathOf("bloc.sqlite");
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            CREATE TABLE units (unit_code, unit_name, unit_kind, changed);
            INSERT INTO units VALUES ('A', 'Chi bộ A', 'party_cell', 1);
            CREATE TABLE ratings AS
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {rows})
            SELECT 'R' || i AS record_id, '2024-Q' || (1 + i % 4) AS period, 'person' AS subject_kind, 'P' || i AS subject_id,
                   'A' AS unit_code, 'party_member' AS role, 'final' AS channel, 'HTTNV' AS level, i AS changed FROM n;
            """;
        command.ExecuteNonQuery();
        return path;
    }

    private static SourceSettings Sqlite(string path) => new()
    {
        Name = "khoi",
        Kind = "sqlite",
        Path = path,
        WatermarkColumn = "changed",
        Queries = new() { ["units"] = "SELECT * FROM units", ["ratings"] = "SELECT * FROM ratings" },
    };

    [Fact]
    public void Pulling_at_once_loads_what_fetch_and_load_would_and_moves_the_watermark_with_the_batch()
    {
        using var bench = new SourceBench();
        var source = Sqlite(Database(bench, 50_000));

        var report = bench.PullAtOnce(source);

        Assert.Empty(report.Errors);
        Assert.Equal(IngestStatus.Loaded, Assert.Single(report.Submissions).Status);
        Assert.Equal(50_001, report.Submissions[0].Outcome!.Loaded);
        Assert.Equal(["2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4"], report.TouchedPeriods);
        Assert.Equal("50000", report.Watermark);
        var hash = bench.Strings("SELECT content_hash FROM etl_batch").Single();

        // The same content fetched and loaded the classic way is recognised by its hash.
        using var other = new SourceBench();
        var puller = new SourcePuller(source, other.Landing);
        Assert.Equal([hash], [ContentHash.Of(puller.Fetch(null, CancellationToken.None).Submissions.Single())]);

        Assert.Empty(bench.PullAtOnce(source).Submissions);   // nothing above the watermark
    }

    [Fact]
    public void A_source_that_breaks_after_its_first_rows_were_loading_leaves_no_partial_batch()
    {
        const string Fields = """
            "period":"2024","subject_kind":"unit","subject_id":"A","unit_code":"A","role":"organisation","channel":"final"
            """;
        var rows = string.Join(",", Enumerable.Range(1, 5_000).Select(i =>
            $$"""{"record_id":"R{{i}}",{{Fields}},"level":"HTTNV","v":{{i}}}"""));
        using var api = new JsonApi(async context =>
        {
            if (context.Request.Path.Value!.EndsWith("/units", StringComparison.Ordinal))
                await JsonApi.Page(context, """{"unit_code":"A","unit_name":"Chi bộ A","unit_kind":"party_cell","v":1}""", null);
            else if (context.Request.Query["cursor"].FirstOrDefault() is null) await JsonApi.Page(context, rows, "2");
            else await context.Response.WriteAsync("""{"items": [ {"record_id": "R9""");   // the connection's data ends mid-item
        });
        using var bench = new SourceBench();
        var source = new SourceSettings
        {
            Name = "api",
            Kind = "http",
            Url = api.Url,
            WatermarkColumn = "v",
            Queries = new() { ["units"] = "units", ["ratings"] = "ratings" },
        };

        var report = bench.PullAtOnce(source);

        Assert.Equal(IngestStatus.Rejected, Assert.Single(report.Submissions).Status);
        Assert.Contains(
            $"ratings page 2 ({api.Url}ratings?cursor=2): not valid JSON", report.Submissions[0].Reason, StringComparison.Ordinal);
        Assert.Equal(["rejected"], bench.Strings("SELECT status FROM etl_batch"));
        Assert.Equal(0, bench.Scalar("SELECT count(*) FROM rating") + bench.Scalar("SELECT count(*) FROM unit_observation"));
        Assert.Null(report.Watermark);
    }
}
