namespace Analytics.Warehouse.Store;

/// <summary>The warehouse as Parquet for engines beyond one machine (Spark, Trino, ClickHouse, DuckLake):
/// the facts Hive-partitioned by rating year (<c>rating/period_year=2024/…</c>), everything else one file
/// per table. Anonymised unless asked otherwise: names and source ids (<c>person_identity</c>) and the
/// raw text of quarantined rows (which may hold names) stay behind; dashboard logins never leave.</summary>
public static class ParquetExport
{
    /// <summary>One exported table: its name, rows, and the file or folder written.</summary>
    public sealed record Table(string Name, long Rows, string Path, bool Partitioned);

    private static readonly (string Name, string Select, bool ByYear)[] Tables =
    [
        ("rating", "SELECT * FROM rating", true),
        ("summary", "SELECT * FROM summary", true),
        ("residence_comment", "SELECT * FROM residence_comment", true),
        ("position", "SELECT * FROM position", false),
        ("person", "SELECT * FROM person", false),
        ("unit_version", "SELECT * FROM unit_version", false),
        ("etl_batch", "SELECT * FROM etl_batch", false),
        ("etl_file", "SELECT * FROM etl_file", false),
        ("etl_rejected", "SELECT * EXCLUDE (raw) FROM etl_rejected", false),
        ("check_run", "SELECT * FROM check_run", false),
        ("finding", "SELECT * FROM finding", false),
        ("finding_event", "SELECT * FROM finding_event", false),
        ("formalism_run", "SELECT * FROM formalism_run", false),
        ("formalism_score", "SELECT * FROM formalism_score", false),
        ("formalism_feature", "SELECT * FROM formalism_feature", false),
    ];

    /// <summary>Writes every table into <paramref name="folder"/>, which must be absent or empty (nothing
    /// is overwritten). <paramref name="personalData"/> adds person_identity and the quarantine's raw text.</summary>
    public static IReadOnlyList<Table> Write(WarehouseStore store, string folder, bool personalData)
    {
        ArgumentNullException.ThrowIfNull(store);
        folder = System.IO.Path.GetFullPath(folder);
        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
            throw new IOException($"{folder}: not empty; export into a new folder (nothing is overwritten)");
        Directory.CreateDirectory(folder);
        var tables = Tables.ToList();
        if (personalData)
        {
            tables[tables.FindIndex(t => t.Name == "etl_rejected")] = ("etl_rejected", "SELECT * FROM etl_rejected", false);
            tables.Add(("person_identity", "SELECT * FROM person_identity", false));
        }
        var written = new List<Table>();
        foreach (var (name, select, byYear) in tables)
        {
            var rows = store.Scalar($"SELECT count(*) FROM ({select})");
            // An empty table of facts has no year to partition by: it is written as one empty file.
            var partitioned = byYear && rows > 0;
            var path = System.IO.Path.Combine(folder, partitioned ? name : name + ".parquet");
            var target = path.Replace("'", "''", StringComparison.Ordinal);
            store.Execute($"COPY ({select}) TO '{target}' (FORMAT parquet{(partitioned ? ", PARTITION_BY (period_year)" : "")})");
            written.Add(new Table(name, rows, path, partitioned));
        }
        return written;
    }
}
