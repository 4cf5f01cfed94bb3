using Analytics.Warehouse.Store;
using Microsoft.Extensions.Logging;

namespace Analytics.Dashboards.Web.Data;

/// <summary>What the pages count from, rebuilt whenever a batch lands and never served stale: the
/// units in force with their area (so every query can filter on area codes cheaply), the count of
/// rating steps in force per period × unit × role × channel × level, and the self-vs-final pairs.
/// Counting 2 million rating rows through the "latest revision wins" window takes about a second;
/// the pages then read a few thousand pre-counted rows sorted by unit. The tables live in an
/// in-memory database attached to the warehouse's instance (shared by every connection, never
/// written to the warehouse file), named after the batch they reflect.</summary>
internal sealed class ReadModel(WarehousePool pool, ILogger<ReadModel> logger)
{
    private const string VersionSql = """
        SELECT (SELECT coalesce(max(batch_id), 0) FROM etl_batch),
               (SELECT coalesce(max(run_id), 0) FROM check_run),
               (SELECT coalesce(max(event_id), 0) FROM finding_event),
               (SELECT coalesce(max(run_id), 0) FROM formalism_run)
        """;

    private const string CurrentSql = """
        CREATE OR REPLACE TEMP TABLE web_rating_current AS
        SELECT r.period_kind::VARCHAR AS period_kind, r.period_year, r.period_no, r.subject_kind::VARCHAR AS subject_kind,
               r.person_key, r.subject_unit, r.unit_code, r.role::VARCHAR AS role, r.channel::VARCHAR AS channel, r.level
        FROM rating r JOIN etl_batch b USING (batch_id)
        QUALIFY row_number() OVER (PARTITION BY b.source, r.record_id ORDER BY r.revision DESC, r.batch_id DESC) = 1
        """;

    private const string UnitsSql = """
        CREATE OR REPLACE TABLE {units} AS
        SELECT unit_code, unit_name, unit_kind, parent_code, area_code, successor_code, valid_to
        FROM unit_current ORDER BY unit_code
        """;

    private const string VersionsSql = """
        CREATE OR REPLACE TABLE {versions} AS
        SELECT unit_code, version, unit_name, unit_kind, parent_code, area_code, valid_from, valid_to, successor_code
        FROM unit_version ORDER BY unit_code, version
        """;

    private const string LevelsSql = """
        CREATE OR REPLACE TABLE {levels} AS
        SELECT c.period_kind, c.period_year, c.period_no, u.area_code, u.unit_kind, c.unit_code, c.role, c.channel, c.level,
               CAST(count(*) AS INTEGER) AS n
        FROM web_rating_current c LEFT JOIN {units} u USING (unit_code)
        GROUP BY ALL ORDER BY c.unit_code, c.period_year
        """;

    // A subject's self-rating and final decision of the same period, role and unit of review.
    private const string SelfFinalSql = """
        CREATE OR REPLACE TABLE {self_final} AS
        SELECT f.period_kind, f.period_year, f.period_no, u.area_code, u.unit_kind, f.unit_code, f.role,
               s.level AS self_level, f.level AS final_level, CAST(count(*) AS INTEGER) AS n
        FROM (SELECT * FROM web_rating_current WHERE channel = 'final') f
        JOIN (SELECT * FROM web_rating_current WHERE channel = 'self') s
          ON s.period_kind = f.period_kind AND s.period_year = f.period_year AND s.period_no = f.period_no
         AND s.role = f.role AND s.subject_kind = f.subject_kind AND s.unit_code = f.unit_code
         AND coalesce(s.person_key, 0) = coalesce(f.person_key, 0) AND coalesce(s.subject_unit, '') = coalesce(f.subject_unit, '')
        LEFT JOIN {units} u ON u.unit_code = f.unit_code
        GROUP BY ALL ORDER BY f.unit_code, f.period_year
        """;

    private readonly Lock _gate = new();
    private readonly string _prefix = "webcache.m" + Guid.NewGuid().ToString("N")[..8];
    private ReadTables? _current;
    private ReadTables? _previous;

    private KnownVersion? _known;

    /// <summary>The warehouse's version now: what a cached page depends on.</summary>
    public static DataVersion Version(WarehouseStore store) =>
        store.Rows(VersionSql, r => new DataVersion(r.GetInt64(0), r.GetInt64(1), r.GetInt64(2), r.GetInt64(3))).First();

    /// <summary>The version, asked of the warehouse only when its file or write-ahead log changed since
    /// the last time: every commit, from any connection of the process, appends to the log (and a
    /// checkpoint rewrites the file), so an unchanged stamp means an unchanged warehouse.</summary>
    public DataVersion CurrentVersion(WarehouseStore store)
    {
        var stamp = FileStamp.Of(store.Path);
        if (Volatile.Read(ref _known) is { } known && known.Stamp == stamp) return known.Version;
        var version = Version(store);
        Volatile.Write(ref _known, new KnownVersion(stamp, version));
        return version;
    }

    /// <summary>The tables for the warehouse as it is now (built first if a batch landed since).</summary>
    public ReadTables Tables(WarehouseStore store, DataVersion version)
    {
        var current = Volatile.Read(ref _current);
        if (current?.Batch == version.Batch) return current;
        lock (_gate)
        {
            if (_current?.Batch == version.Batch) return _current;
            var built = Build(store, version.Batch);
            var stale = _previous;
            _previous = _current;
            Volatile.Write(ref _current, built);
            if (stale is not null) Drop(store, stale);
            return built;
        }
    }

    /// <summary>Builds the tables at start-up so the first visitor does not wait.</summary>
    public void Warm()
    {
        using var lease = pool.Rent();
        Tables(lease.Store, Version(lease.Store));
    }

    private ReadTables Build(WarehouseStore store, long batch)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        // formalism_feature arrives with migration 008 (formalism scoring); the unit page degrades without it.
        var features = store.Scalar("SELECT count(*) FROM duckdb_tables() "
            + "WHERE table_name = 'formalism_feature' AND database_name = current_database()") > 0;
        var tables = new ReadTables(batch, $"{_prefix}_units_{batch}", $"{_prefix}_levels_{batch}", $"{_prefix}_self_final_{batch}",
            $"{_prefix}_versions_{batch}", features, UnitTree.Empty);
        store.Execute("ATTACH IF NOT EXISTS ':memory:' AS webcache");
        store.Execute(Name(UnitsSql, tables));
        store.Execute(Name(VersionsSql, tables));
        tables = tables with { Tree = UnitTree.Load(store, tables) };
        store.Execute(CurrentSql);
        try
        {
            store.Execute(Name(LevelsSql, tables));
            store.Execute(Name(SelfFinalSql, tables));
            // Unit pages look rows up by unit code.
            foreach (var table in new[] { tables.Levels, tables.SelfFinal, tables.Versions })
                store.Execute($"CREATE INDEX {table[(table.IndexOf('.', StringComparison.Ordinal) + 1)..]}_by_unit ON {table} (unit_code)");
        }
        finally
        {
            store.Execute("DROP TABLE IF EXISTS web_rating_current");
        }
        var seconds = clock.Elapsed.TotalSeconds;
        if (logger.IsEnabled(LogLevel.Information))
            logger.LogInformation("Dashboard read model for batch {Batch} built in {Seconds:0.00} s", batch, seconds);
        return tables;
    }

    private static void Drop(WarehouseStore store, ReadTables tables)
    {
        foreach (var table in new[] { tables.Units, tables.Levels, tables.SelfFinal, tables.Versions })
            store.Execute($"DROP TABLE IF EXISTS {table}");
    }

    private static string Name(string sql, ReadTables t) => sql
        .Replace("{units}", t.Units, StringComparison.Ordinal)
        .Replace("{levels}", t.Levels, StringComparison.Ordinal)
        .Replace("{self_final}", t.SelfFinal, StringComparison.Ordinal)
        .Replace("{versions}", t.Versions, StringComparison.Ordinal);
}

internal sealed record KnownVersion(FileStamp Stamp, DataVersion Version);

/// <summary>Size and last write of the warehouse file and of its write-ahead log.</summary>
internal readonly record struct FileStamp(long Length, DateTime Written, long LogLength, DateTime LogWritten)
{
    public static FileStamp Of(string path)
    {
        var file = new FileInfo(path);
        var log = new FileInfo(path + ".wal");
        return new FileStamp(file.Exists ? file.Length : -1, file.Exists ? file.LastWriteTimeUtc : default,
            log.Exists ? log.Length : -1, log.Exists ? log.LastWriteTimeUtc : default);
    }
}

/// <summary>What the pages' data depends on: the last batch, check run, review event and formalism run.</summary>
internal sealed record DataVersion(long Batch, long CheckRun, long ReviewEvent, long FormalismRun);

/// <summary>The read model's table names for one batch version (trusted names, made by the server).</summary>
internal sealed record ReadTables(
    long Batch, string Units, string Levels, string SelfFinal, string Versions, bool HasFormalismFeatures, UnitTree Tree)
{
    /// <summary>The unit and every unit under it in force (not narrowed to any area: the queries that
    /// use the list filter on the viewer's areas themselves).</summary>
    public string[] Subtree(string code) => Tree.Subtree(code);

    /// <summary>Replaces {units}, {levels} and {self_final} in a query with these tables' names.</summary>
    public string Sql(string sql) => sql
        .Replace("{units}", Units, StringComparison.Ordinal)
        .Replace("{levels}", Levels, StringComparison.Ordinal)
        .Replace("{self_final}", SelfFinal, StringComparison.Ordinal)
        .Replace("{versions}", Versions, StringComparison.Ordinal);
}
