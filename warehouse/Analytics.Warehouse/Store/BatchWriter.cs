using System.Diagnostics;
using DuckDB.NET.Data;

namespace Analytics.Warehouse.Store;

/// <summary>One batch = one submission = one transaction. Fact rows are appended through DuckDB's
/// Appender straight into their tables, units and people into staging; <see cref="Commit"/> runs the
/// set-level checks and merges in SQL and commits. Disposing without committing rolls everything
/// back, so a failed batch leaves no row behind.</summary>
public sealed partial class BatchWriter : IDisposable
{
    private readonly WarehouseStore _store;
    private readonly DuckDBTransaction _transaction;
    private readonly List<(short No, FileReport Report)> _files = [];
    private readonly List<Action> _onCommit = [];
    private readonly Dictionary<string, long> _appended = [];
    private readonly Dictionary<string, long> _rowRejects = [];
    private DuckDBAppender? _units, _people, _identities, _positions, _ratings, _summaries, _residence, _rejected, _suspects;
    private HashSet<string>? _knownUnits;
    private short _lastFile;
    private long _identityRows, _suspectRows;
    private bool _done;

    private BatchWriter(WarehouseStore store, DuckDBTransaction transaction, long batchId, BatchInfo info)
    {
        _store = store;
        _transaction = transaction;
        BatchId = batchId;
        Info = info;
    }

    /// <summary>The id this batch will carry in the warehouse.</summary>
    public long BatchId { get; }

    /// <summary>Where the batch came from.</summary>
    public BatchInfo Info { get; }

    /// <summary>Where the stages of the commit record their time, if anyone asks (`ingest --timings`).</summary>
    public StageTimings? Timings { get; set; }

    internal static BatchWriter Start(WarehouseStore store, BatchInfo info)
    {
        var transaction = store.Connection.BeginTransaction();
        try
        {
            var id = store.NextBatchId();
            store.Execute(
                "INSERT INTO etl_batch (batch_id, source, connector, submission, content_hash, started_at, status) VALUES ($1, $2, $3, $4, $5, now(), 'loading')",
                id, info.Source, info.Connector, info.Submission, info.ContentHash);
            return new BatchWriter(store, transaction, id, info);
        }
        catch
        {
            transaction.Dispose();
            throw;
        }
    }

    /// <summary>Work that must commit with this batch or not at all (a source's watermark, a content
    /// hash known only once the data has arrived): it runs inside the batch's transaction just before
    /// COMMIT, and throwing from it rolls the whole batch back.</summary>
    public void OnCommit(Action work) => _onCommit.Add(work);

    /// <summary>Numbers the next file of the batch; rows of that file carry the number.</summary>
    public short NextFileNumber() => ++_lastFile;

    /// <summary>Records how a file was read (encoding, separator, unknown columns).</summary>
    public void AddFile(short fileNo, FileReport file) => _files.Add((fileNo, file));

    /// <summary>Quarantines a row that failed validation.</summary>
    public void Reject(in RejectedRow row)
    {
        _rejected ??= _store.Connection.CreateAppender("etl_rejected");
        _rejected.CreateRow()
            .AppendValue(BatchId).AppendValue(row.File).AppendValue(row.RecordKind).AppendValue(row.Line)
            .AppendValue(row.Column).AppendValue(row.Reason).AppendValue(row.Message).AppendValue(row.Raw)
            .EndRow();
        _rowRejects[row.RecordKind] = _rowRejects.GetValueOrDefault(row.RecordKind) + 1;
    }

    /// <summary>The identity (source id) of a person first seen in this batch's rows.</summary>
    public void StageIdentity(long personKey, string sourcePersonId)
    {
        _identities ??= _store.Connection.CreateAppender("stg_identity");
        _identities.CreateRow().AppendValue(BatchId).AppendValue(personKey).AppendValue(sourcePersonId).EndRow();
        _identityRows++;
    }

    /// <summary>Whether a unit code is in the registry or among the units staged in this batch so far
    /// (units load first, so a reference before its units.csv row is not an error).</summary>
    public bool IsKnownUnit(string unitCode) => KnownUnits().Contains(unitCode);

    /// <summary>The known units as a set a reading thread may consult: safe while no unit is being
    /// staged (units load before every other kind).</summary>
    public IReadOnlySet<string> KnownUnits()
    {
        if (_knownUnits is null)
        {
            var start = Stopwatch.GetTimestamp();
            _knownUnits = new HashSet<string>(StringComparer.Ordinal);
            using var command = _store.Command("SELECT DISTINCT unit_code FROM unit_observation");
            using var reader = command.ExecuteReader();
            while (reader.Read()) _knownUnits.Add(reader.GetString(0));
            Timings?.Since(IngestStage.Registry, start);
        }
        return _knownUnits;
    }

    /// <summary>Set by a caller that screened every rating of the batch for repeated (record_id,
    /// revision) keys and staged each possible repeat with <see cref="StageSuspect"/>: the duplicate
    /// check then examines only those keys instead of grouping the whole batch.</summary>
    public bool RepeatsScreened { get; set; }

    /// <summary>A (record_id, revision) that may occur more than once in this batch.</summary>
    public void StageSuspect(string recordId, int revision)
    {
        _suspects ??= _store.Connection.CreateAppender("stg_suspect");
        _suspects.CreateRow().AppendValue(BatchId).AppendValue(recordId).AppendValue(revision).EndRow();
        _suspectRows++;
    }

    private void Count(string kind) => _appended[kind] = _appended.GetValueOrDefault(kind) + 1;

    private void CloseAppenders()
    {
        foreach (var appender in new[] { _units, _people, _identities, _positions, _ratings, _summaries, _residence, _rejected, _suspects })
        {
            appender?.Close();
            appender?.Dispose();
        }
        _units = _people = _identities = _positions = _ratings = _summaries = _residence = _rejected = _suspects = null;
    }

    /// <summary>Rolls back unless committed.</summary>
    public void Dispose()
    {
        if (_done) return;
        _done = true;
        try
        {
            CloseAppenders();
        }
        catch (DuckDBException)
        {
            // The batch is being abandoned; the rollback below discards whatever the appenders held.
        }
        finally
        {
            _transaction.Rollback();
            _transaction.Dispose();
        }
    }
}
