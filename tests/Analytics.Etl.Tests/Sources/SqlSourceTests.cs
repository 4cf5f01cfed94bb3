using Analytics.Etl.Loading;
using Analytics.Etl.Sources;
using Analytics.Etl.Tests.Helpers;

namespace Analytics.Etl.Tests.Sources;

/// <summary>SQL sources against real databases: a SQLite file and the PostgreSQL server. A query per
/// record kind, incremental by a watermark column, read-only.</summary>
public sealed class SqlSourceTests
{
    private const string Units = """
        CREATE TABLE {0}units (unit_code TEXT, unit_name TEXT, unit_kind TEXT, parent_code TEXT, changed INTEGER);
        INSERT INTO {0}units VALUES ('DU', 'Đảng bộ xã Tân Phú', 'grassroots_party_org', NULL, 1),
                                    ('CB01', 'Chi bộ thôn 1', 'party_cell', 'DU', 1);
        CREATE TABLE {0}people (person_id TEXT, full_name TEXT, party_member BOOLEAN, changed INTEGER);
        INSERT INTO {0}people VALUES ('DV001', 'Nguyễn Văn An', TRUE, 1), ('DV002', 'Trần Thị Bình', FALSE, 1);
        CREATE TABLE {0}ratings (record_id TEXT, period TEXT, subject_kind TEXT, subject_id TEXT, unit_code TEXT, role TEXT,
                                 channel TEXT, level TEXT, comment TEXT, changed INTEGER);
        INSERT INTO {0}ratings VALUES ('R1', '2024', 'person', 'DV001', 'CB01', 'party_member', 'final', 'HTTNV',
                                      'Còn hạn chế, "chưa" chủ động', 1);
        """;

    private static string Tables(string prefix) => Units.Replace("{0}", prefix, StringComparison.Ordinal);

    private static Dictionary<string, string> Queries(string prefix) => new()
    {
        ["units"] = $"SELECT unit_code, unit_name, unit_kind, parent_code, changed FROM {prefix}units",
        ["đảng viên"] = $"SELECT * FROM {prefix}people;",
        ["ratings"] = $"SELECT * FROM {prefix}ratings",
    };

    [Fact]
    public void A_SQLite_source_loads_everything_then_only_rows_above_the_watermark()
    {
        using var bench = new SourceBench();
        var database = bench.PathOf("bloc.sqlite");
        SqliteFile.Execute(database, Tables(""));
        var source = new SourceSettings
        {
            Name = "khoi-dang",
            Kind = "sqlite",
            Path = database,
            Queries = Queries(""),
            WatermarkColumn = "changed",
        };

        var first = bench.Pull(source);
        SqliteFile.Execute(database,
            "INSERT INTO ratings VALUES ('R2', '2025', 'person', 'DV002', 'CB01', 'party_member', 'final', 'HTXSNV', NULL, 2)");
        var second = bench.Pull(source);
        var third = bench.Pull(source);

        Assert.Equal(IngestStatus.Loaded, Assert.Single(first.Submissions).Status);
        Assert.Equal("1", first.Watermark);
        Assert.Equal(["2024"], first.TouchedPeriods);
        Assert.Equal(1, Assert.Single(second.Submissions).Outcome!.Read);
        Assert.Equal(["2025"], second.TouchedPeriods);
        Assert.Equal("2", second.Watermark);
        Assert.Empty(third.Submissions);
        Assert.Equal("2", third.Watermark);
        Assert.Equal(new Analytics.Warehouse.Store.RecordCounts(2, 2, 0, 2, 0, 0), bench.Counts());
        Assert.Equal(["Còn hạn chế, \"chưa\" chủ động"], bench.Strings("SELECT comment FROM rating WHERE record_id = 'R1'"));
        Assert.Equal(
            ["khoi-dang|sqlite", "khoi-dang|sqlite"],
            bench.Strings("SELECT concat_ws('|', source, connector) FROM etl_batch ORDER BY batch_id"));
        // The watermark column is bookkeeping, not data.
        Assert.Equal(0, bench.Scalar("SELECT count(*) FROM rating WHERE extra IS NOT NULL"));
    }

    [Fact]
    public void A_SQLite_source_is_opened_read_only()
    {
        using var bench = new SourceBench();
        var database = bench.PathOf("bloc.sqlite");
        SqliteFile.Execute(database, Tables(""));
        var source = new SourceSettings
        {
            Name = "s",
            Kind = "sqlite",
            Path = database,
            Queries = new() { ["units"] = "DELETE FROM units RETURNING *" },
        };

        var report = bench.Pull(source);

        Assert.Empty(report.Submissions);
        Assert.Contains("readonly database", Assert.Single(report.Errors), StringComparison.Ordinal);
        Assert.Equal(2L, SqliteFile.Scalar(database, "SELECT count(*) FROM units"));
    }

    [Fact]
    [Trait(Category.Name, Category.Integration)]
    public void A_PostgreSQL_source_exports_in_a_read_only_snapshot_and_moves_by_its_watermark()
    {
        using var schema = new PostgresSchema();
        schema.Execute(Tables(schema.Name + "."));
        using var bench = new SourceBench();
        var source = new SourceSettings
        {
            Name = "so-noi-vu",
            Kind = "postgres",
            ConnectionString = schema.ConnectionString,
            Queries = Queries(schema.Name + "."),
            WatermarkColumn = "changed",
        };

        var first = bench.Pull(source);
        schema.Execute($"INSERT INTO {schema.Name}.ratings VALUES " +
            "('R2', '2025', 'person', 'DV002', 'CB01', 'party_member', 'final', 'HTXSNV', NULL, 12)");
        var second = bench.Pull(source);
        var third = bench.Pull(source);

        Assert.Equal(IngestStatus.Loaded, Assert.Single(first.Submissions).Status);
        Assert.Equal(0, first.Submissions[0].Outcome!.Quarantined);
        Assert.Equal("1", first.Watermark);
        Assert.Equal(1, Assert.Single(second.Submissions).Outcome!.Read);
        Assert.Equal("12", second.Watermark);   // numeric order, not text order ("12" < "2")
        Assert.Empty(third.Submissions);
        Assert.Equal(new Analytics.Warehouse.Store.RecordCounts(2, 2, 0, 2, 0, 0), bench.Counts());
        Assert.Equal(["true", "false"], bench.Strings(
            "SELECT CAST(party_member AS VARCHAR) FROM person_identity JOIN person USING (person_key) ORDER BY source_person_id"));
        Assert.Equal(
            ["so-noi-vu|postgres", "so-noi-vu|postgres"],
            bench.Strings("SELECT concat_ws('|', source, connector) FROM etl_batch ORDER BY batch_id"));
    }

    [Fact]
    [Trait(Category.Name, Category.Integration)]
    public void A_PostgreSQL_query_that_writes_is_refused_and_changes_nothing()
    {
        using var schema = new PostgresSchema();
        schema.Execute(Tables(schema.Name + "."));
        using var bench = new SourceBench();
        schema.Execute($"CREATE FUNCTION {schema.Name}.wipe() RETURNS SETOF {schema.Name}.units LANGUAGE sql " +
            $"AS 'DELETE FROM {schema.Name}.units RETURNING *'");
        var source = new SourceSettings
        {
            Name = "s",
            Kind = "postgres",
            ConnectionString = schema.ConnectionString,
            Retries = 0,
            Queries = new() { ["units"] = $"SELECT * FROM {schema.Name}.wipe()" },
        };

        var report = bench.Pull(source);

        Assert.Empty(report.Submissions);
        Assert.Contains("read-only transaction", Assert.Single(report.Errors), StringComparison.Ordinal);
        Assert.Equal(2, schema.Scalar($"SELECT count(*) FROM {schema.Name}.units"));
    }
}
