namespace Analytics.Warehouse.Store;

/// <summary>The warehouse as Parquet for engines beyond one machine (Spark, Trino, ClickHouse, DuckLake):
/// the facts Hive-partitioned by rating year (<c>rating/period_year=2024/…</c>), everything else one file
/// per table. Anonymised unless asked otherwise: column by column, what <see cref="ExportedTables"/>
/// allows — no source person id, name, free text or login; persons by their pseudonymous key, record ids
/// as tokens keyed with the warehouse's secret. With personal data: every column and person_identity.
/// Dashboard logins (web_user) never leave.</summary>
public static class ParquetExport
{
    /// <summary>One exported table: its name, rows, and the file or folder written.</summary>
    public sealed record Table(string Name, long Rows, string Path, bool Partitioned);

    // The record-id tokens of the anonymised export, for this connection only (a temporary table). No
    // primary key: the ids come DISTINCT, and maintaining an index made appending them six times slower.
    private const string CreateTokens =
        "CREATE OR REPLACE TEMP TABLE export_record_token (record_id VARCHAR NOT NULL, token VARCHAR NOT NULL)";
    private const string RecordIds = "SELECT DISTINCT record_id FROM rating";
    private const string DropTokens = "DROP TABLE IF EXISTS export_record_token";

    /// <summary>Writes every table into <paramref name="folder"/>, which must be absent or empty (nothing
    /// is overwritten). <paramref name="personalData"/> writes every column and person_identity; without
    /// it the store must hold its pseudonym key (<see cref="WarehouseStore.BindKey"/>) for the record tokens.</summary>
    public static IReadOnlyList<Table> Write(WarehouseStore store, string folder, bool personalData)
    {
        ArgumentNullException.ThrowIfNull(store);
        folder = System.IO.Path.GetFullPath(folder);
        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
            throw new IOException($"{folder}: not empty; export into a new folder (nothing is overwritten)");
        var key = personalData ? null : store.RequireKey();
        Directory.CreateDirectory(folder);
        var tables = ExportedTables.All
            .Select(t => (t.Name, Select: personalData ? $"SELECT * FROM {t.From}" : t.Anonymised, t.ByYear)).ToList();
        if (personalData) tables.Add(("person_identity", "SELECT * FROM person_identity", false));
        try
        {
            if (key is not null) Tokens(store, key);
            return [.. tables.Select(t => Copy(store, folder, t.Name, t.Select, t.ByYear))];
        }
        finally
        {
            if (key is not null) store.Execute(DropTokens);
        }
    }

    private static Table Copy(WarehouseStore store, string folder, string name, string select, bool byYear)
    {
        var rows = store.Scalar($"SELECT count(*) FROM ({select})");
        // An empty table of facts has no year to partition by: it is written as one empty file.
        var partitioned = byYear && rows > 0;
        var path = System.IO.Path.Combine(folder, partitioned ? name : name + ".parquet");
        var target = path.Replace("'", "''", StringComparison.Ordinal);
        store.Execute($"COPY ({select}) TO '{target}' (FORMAT parquet{(partitioned ? ", PARTITION_BY (period_year)" : "")})");
        return new Table(name, rows, path, partitioned);
    }

    private static void Tokens(WarehouseStore store, PseudonymKey key)
    {
        store.Execute(CreateTokens);
        using var reading = store.Connect();   // ids stream from a second connection into this one's temporary table
        using var appender = store.Connection.CreateAppender("temp", "main", "export_record_token");
        using var mac = key.RecordMac();   // keyed once: re-keying per id tripled the cost
        foreach (var id in reading.Rows(RecordIds, r => r.GetString(0)))
            appender.CreateRow().AppendValue(id).AppendValue(PseudonymKey.RecordToken(mac, id)).EndRow();
    }
}
