using DuckDB.NET.Data;

namespace Analytics.Warehouse.Store;

/// <summary>The warehouse: one DuckDB file, migrated on open. DuckDB allows one writing process per
/// file; within the process, use one store per thread (connections are not thread-safe).</summary>
public sealed partial class WarehouseStore : IDisposable
{
    /// <summary>Default location of the embedded warehouse.</summary>
    public const string DefaultPath = "data/warehouse.duckdb";

    /// <summary>Environment variable capping DuckDB's memory (e.g. "512MB"); default: DuckDB's own (80% of RAM).</summary>
    public const string MemoryLimitVariable = "ANALYTICS_DUCKDB_MEMORY_LIMIT";

    private WarehouseStore(DuckDBConnection connection, string path)
    {
        Connection = connection;
        Path = path;
    }

    /// <summary>The warehouse file.</summary>
    public string Path { get; }

    internal DuckDBConnection Connection { get; }

    /// <summary>The WAL size past which DuckDB checkpoints by itself.</summary>
    public const string CheckpointThreshold = "256MB";

    /// <summary>Writes what the WAL holds into the warehouse file (after a run of many commits). Skipped,
    /// and left to DuckDB's own threshold, while another connection has a transaction open.</summary>
    public void Checkpoint()
    {
        try
        {
            Execute("CHECKPOINT");
        }
        catch (DuckDBException)
        {
            // Another connection (a dashboard reader) holds a transaction: the next checkpoint will write it.
        }
    }

    /// <summary>Opens (creating if absent) the warehouse file and applies pending migrations.</summary>
    public static WarehouseStore Open(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var full = System.IO.Path.GetFullPath(path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        var connection = new DuckDBConnection($"Data Source={full}");
        try
        {
            connection.Open();
            if (Environment.GetEnvironmentVariable(MemoryLimitVariable) is { Length: > 0 } limit)
            {
                // DuckDB caps its own memory and spills beyond it (large batches, sorts, joins).
                using var set = connection.CreateCommand();
                set.CommandText = $"SET memory_limit = '{limit.Replace("'", "", StringComparison.Ordinal)}'";
                set.ExecuteNonQuery();
            }
            using (var set = connection.CreateCommand())
            {
                // DuckDB checkpoints whenever its WAL passes 16 MB: a deadline's run of many group commits then
                // rewrites the tables' growing tail row groups again and again (measured on a 2.9M-row
                // province: 5.6 s of commits, a 100 MB file). A larger threshold and one checkpoint at the end
                // of each ingest run (Checkpoint) write them once: 2.0 s of commits plus 1.5 s, an 87 MB file.
                set.CommandText = $"SET checkpoint_threshold = '{CheckpointThreshold}'";
                set.ExecuteNonQuery();
            }
            SchemaMigrator.Apply(connection);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
        return new WarehouseStore(connection, full);
    }

    /// <summary>The loaded batch that already holds this content, if any. Rejected content is not
    /// remembered as loaded: a rerun (after a transient failure, or with --encoding) tries again.</summary>
    public PriorBatch? FindBatchByHash(string contentHash)
    {
        using var command = Command(
            "SELECT batch_id, status, submission, reason FROM etl_batch WHERE content_hash = $1 AND status = 'loaded' " +
            "ORDER BY batch_id LIMIT 1", contentHash);
        using var reader = command.ExecuteReader();
        return reader.Read()
            ? new PriorBatch(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3))
            : null;
    }

    /// <summary>Every loaded content hash with the first batch that holds it: what a run of many submissions
    /// consults instead of one look-up per submission.</summary>
    public Dictionary<string, PriorBatch> LoadedBatches()
    {
        var loaded = new Dictionary<string, PriorBatch>(StringComparer.Ordinal);
        var rows = Rows(LoadedBatchesSql,
            r => (Hash: r.GetString(0), Prior: new PriorBatch(r.GetInt64(1), r.GetString(2), r.GetString(3), null)));
        foreach (var (hash, prior) in rows) loaded.TryAdd(hash, prior);
        return loaded;
    }

    private const string LoadedBatchesSql =
        "SELECT content_hash, batch_id, status, submission FROM etl_batch WHERE status = 'loaded' ORDER BY batch_id";

    /// <summary>Starts a batch: one transaction for the whole submission (or a group: <see cref="BatchWriter.Next"/>).</summary>
    public BatchWriter BeginBatch(BatchInfo info) => BatchWriter.Start(this, info);

    /// <summary>Records a submission that could not be read at all, with its one reason.</summary>
    public long RecordRejectedSubmission(BatchInfo info, string reason, IEnumerable<FileReport> files)
    {
        using var transaction = Connection.BeginTransaction();
        var id = NextBatchId();
        using (var insert = Command(
            "INSERT INTO etl_batch (batch_id, source, connector, submission, content_hash, started_at, finished_at, status, reason) " +
            "VALUES ($1, $2, $3, $4, $5, now(), now(), 'rejected', $6)",
            id, info.Source, info.Connector, info.Submission, info.ContentHash, reason))
        {
            insert.ExecuteNonQuery();
        }
        short no = 0;
        foreach (var file in files) BatchWriter.InsertFile(this, id, ++no, file);
        transaction.Commit();
        return id;
    }

    internal long NextBatchId()
    {
        using var command = Command("SELECT coalesce(max(batch_id), 0) + 1 FROM etl_batch");
        return Convert.ToInt64(command.ExecuteScalar());
    }

    internal DuckDBCommand Command(string sql, params object?[] parameters)
    {
        var command = Connection.CreateCommand();
        command.CommandText = sql;
        foreach (var p in parameters) command.Parameters.Add(new DuckDBParameter(p ?? DBNull.Value));
        return command;
    }

    public long Scalar(string sql, params object?[] parameters)
    {
        using var command = Command(sql, parameters);
        return Convert.ToInt64(command.ExecuteScalar());
    }

    internal int Execute(string sql, params object?[] parameters)
    {
        using var command = Command(sql, parameters);
        return command.ExecuteNonQuery();
    }

    public void Dispose() => Connection.Dispose();
}
