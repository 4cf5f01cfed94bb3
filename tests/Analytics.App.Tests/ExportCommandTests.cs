using DuckDB.NET.Data;

namespace Analytics.App.Tests;

/// <summary>`analytics export --parquet DIR`: every table as Parquet, the facts Hive-partitioned by rating
/// year, readable by another engine (here a fresh in-memory DuckDB); anonymised unless asked.</summary>
public sealed class ExportCommandTests
{
    [Fact]
    public void The_sample_exports_to_parquet_partitioned_by_year_and_anonymised()
    {
        using var cli = new CliRunner();
        Assert.Equal(0, cli.Run("ingest", Path.Combine(CliRunner.RepositoryRoot(), "samples")).Exit);
        var folder = Path.Combine(cli.Root, "parquet");
        var (exit, output, error) = cli.Run("export", "--parquet", folder);
        Assert.True(exit == 0, error);
        Assert.Contains("exported anonymised: persons by pseudonymous key only; person_identity and raw quarantined rows left out", output, StringComparison.Ordinal);

        Assert.Equal(["period_year=2023", "period_year=2024"], Directory.EnumerateDirectories(Path.Combine(folder, "rating")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.False(File.Exists(Path.Combine(folder, "person_identity.parquet")));
        Assert.False(File.Exists(Path.Combine(folder, "web_user.parquet")));
        using var engine = new DuckDBConnection("Data Source=:memory:");
        engine.Open();
        List<(int, long)> inWarehouse;
        using (var store = Analytics.Warehouse.Store.WarehouseStore.Open(cli.Warehouse))
            inWarehouse = store.Rows("SELECT period_year, count(*) FROM rating GROUP BY 1 ORDER BY 1", r => (Convert.ToInt32(r.GetValue(0), System.Globalization.CultureInfo.InvariantCulture), r.GetInt64(1))).ToList();
        Assert.Equal([(2023, 142L), (2024, 1_033L)], inWarehouse);
        Assert.Equal(inWarehouse, Rows(engine, $"SELECT period_year, count(*) FROM read_parquet('{folder}/rating/*/*.parquet', hive_partitioning = true) GROUP BY 1 ORDER BY 1",
            r => (Convert.ToInt32(r.GetValue(0), System.Globalization.CultureInfo.InvariantCulture), r.GetInt64(1))));
        Assert.Equal([310L], Rows(engine, $"SELECT count(*) FROM '{folder}/person.parquet'", r => r.GetInt64(0)));
        Assert.Equal([0L], Rows(engine, $"SELECT count(*) FROM (DESCRIBE SELECT * FROM '{folder}/etl_rejected.parquet') WHERE column_name = 'raw'", r => r.GetInt64(0)));
        Assert.Equal(["BAD_PERIOD", "UNKNOWN_LEVEL"], Rows(engine, $"SELECT reason FROM '{folder}/etl_rejected.parquet' ORDER BY 1", r => r.GetString(0)));

        // Nothing is overwritten: the same folder again is refused.
        var again = cli.Run("export", "--parquet", folder);
        Assert.Equal(1, again.Exit);
        Assert.Equal($"error: {folder}: not empty; export into a new folder (nothing is overwritten)", again.Err.Trim());
    }

    [Fact]
    public void With_personal_data_the_identities_and_raw_rows_go_too()
    {
        using var cli = new CliRunner();
        Assert.Equal(0, cli.Run("ingest", Path.Combine(CliRunner.RepositoryRoot(), "samples")).Exit);
        var folder = Path.Combine(cli.Root, "parquet");
        Assert.Equal(0, cli.Run("export", "--parquet", folder, "--personal-data").Exit);
        using var engine = new DuckDBConnection("Data Source=:memory:");
        engine.Open();
        Assert.Equal([310L], Rows(engine, $"SELECT count(DISTINCT person_key) FROM '{folder}/person_identity.parquet'", r => r.GetInt64(0)));
        Assert.Equal([2L], Rows(engine, $"SELECT count(raw) FROM '{folder}/etl_rejected.parquet'", r => r.GetInt64(0)));
    }

    private static List<T> Rows<T>(DuckDBConnection connection, string sql, Func<System.Data.Common.DbDataReader, T> map)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read()) rows.Add(map(reader));
        return rows;
    }
}
