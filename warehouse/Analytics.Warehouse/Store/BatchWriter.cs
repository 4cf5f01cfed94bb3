using System.Diagnostics;
using DuckDB.NET.Data;

namespace Analytics.Warehouse.Store;

/// <summary>One submission = one batch, all or nothing. A transaction holds one batch (a large submission,
/// streamed) or a group of consecutive batches (many small submissions: <see cref="Next"/>). Fact rows are
/// appended through DuckDB's Appender straight into their tables, units and people into staging;
/// <see cref="CommitAll"/> runs the set-level checks and merges once for the whole group, in SQL, each batch
/// judged as if it had been committed alone after the ones before it, and commits. Batches of one group
/// never share a unit or a person (their merges would depend on each other): the caller starts a new group
/// when they would (<see cref="Holds(string)"/>). Disposing without committing rolls everything back, so a
/// failed group leaves no row behind.</summary>
public sealed partial class BatchWriter : IDisposable
{
    private readonly WarehouseStore _store;
    private readonly DuckDBTransaction _transaction;
    private readonly List<PendingBatch> _batches = [];
    private readonly List<Action> _onCommit = [];
    private readonly Dictionary<string, long> _unitOwner = new(StringComparer.Ordinal);   // unit code → batch that staged it
    private readonly Dictionary<long, long> _personOwner = [];                             // person key → batch that staged it
    private readonly long _startedAt = Stopwatch.GetTimestamp();
    private DuckDBAppender? _units, _people, _identities, _positions, _ratings, _summaries, _residence, _rejected, _suspects;
    private HashSet<string>? _knownUnits;
    private long _identityRows, _suspectRows;
    private bool _done;

    private BatchWriter(WarehouseStore store, DuckDBTransaction transaction)
    {
        _store = store;
        _transaction = transaction;
    }

    /// <summary>The id the current batch will carry in the warehouse.</summary>
    public long BatchId => Current.Id;

    /// <summary>Where the current batch came from.</summary>
    public BatchInfo Info => Current.Info;

    /// <summary>The batches of this group so far.</summary>
    public int BatchCount => _batches.Count;

    /// <summary>Rows staged or quarantined in the whole group so far.</summary>
    public long Rows => _batches.Sum(b => b.Rows);

    /// <summary>Where the stages of the commit record their time, if anyone asks (`ingest --timings`).</summary>
    public StageTimings? Timings { get; set; }

    private PendingBatch Current => _batches[^1];

    internal static BatchWriter Start(WarehouseStore store, BatchInfo info)
    {
        var transaction = store.Connection.BeginTransaction();
        try
        {
            var writer = new BatchWriter(store, transaction);
            writer._batches.Add(new PendingBatch(store.NextBatchId(), info));
            return writer;
        }
        catch
        {
            transaction.Dispose();
            throw;
        }
    }

    /// <summary>Starts the next batch of the group (the next id); rows staged from now on belong to it. A
    /// group holds one source: record ids are compared within a source.</summary>
    public void Next(BatchInfo info)
    {
        ObjectDisposedException.ThrowIf(_done, this);
        ArgumentNullException.ThrowIfNull(info);
        if (!string.Equals(info.Source, _batches[0].Info.Source, StringComparison.Ordinal))
        {
            throw new ArgumentException($"a group holds the batches of one source ('{_batches[0].Info.Source}'), not '{info.Source}'",
                nameof(info));
        }
        _batches.Add(new PendingBatch(Current.Id + 1, info));
    }

    /// <summary>Records the current batch as a submission that could not be read at all: status rejected with
    /// its one reason and the files read so far; nothing of it loads.</summary>
    public void RejectWhole(string reason)
    {
        if (Current.Appended.Count > 0 || Current.RowRejects.Count > 0)
            throw new InvalidOperationException($"batch {Current.Id} already holds rows; a rejected submission loads nothing");
        Current.RejectedReason = reason;
    }

    /// <summary>The content hash of the current batch, when it is known only once its data has arrived.</summary>
    public void Rehash(string contentHash) => Current.Info = Current.Info with { ContentHash = contentHash };

    /// <summary>Work that must commit with this group or not at all (a source's watermark): it runs inside
    /// the transaction just before COMMIT, and throwing from it rolls the whole group back.</summary>
    public void OnCommit(Action work) => _onCommit.Add(work);

    /// <summary>Numbers the next file of the current batch; rows of that file carry the number.</summary>
    public short NextFileNumber() => ++Current.LastFile;

    /// <summary>Records how a file of the current batch was read (encoding, separator, unknown columns).</summary>
    public void AddFile(short fileNo, FileReport file) => Current.Files.Add((fileNo, file));

    /// <summary>Whether a batch of this group staged the unit: another batch may not (<see cref="Next"/> only
    /// after committing, then).</summary>
    public bool Holds(string unitCode) => _unitOwner.ContainsKey(unitCode);

    /// <summary>Whether a batch of this group staged the person: another batch may not.</summary>
    public bool Holds(long personKey) => _personOwner.ContainsKey(personKey);

    /// <summary>Quarantines a row that failed validation.</summary>
    public void Reject(in RejectedRow row)
    {
        _rejected ??= _store.Connection.CreateAppender("etl_rejected");
        _rejected.CreateRow()
            .AppendValue(BatchId).AppendValue(row.File).AppendValue(row.RecordKind).AppendValue(row.Line)
            .AppendValue(row.Column).AppendValue(row.Reason).AppendValue(row.Message).AppendValue(row.Raw)
            .EndRow();
        Current.RowRejects[row.RecordKind] = Current.RowRejects.GetValueOrDefault(row.RecordKind) + 1;
    }

    /// <summary>The identity (source id) of a person first seen in this batch's rows.</summary>
    public void StageIdentity(long personKey, string sourcePersonId)
    {
        _identities ??= _store.Connection.CreateAppender("stg_identity");
        _identities.CreateRow().AppendValue(BatchId).AppendValue(personKey).AppendValue(sourcePersonId).EndRow();
        _identityRows++;
    }

    /// <summary>Whether a unit code is in the registry or among the units staged in this group so far
    /// (units load first, so a reference before its units.csv row is not an error).</summary>
    public bool IsKnownUnit(string unitCode) => KnownUnits().Contains(unitCode);

    /// <summary>The known units as a set a reading thread may consult: safe while no unit is being
    /// staged (units load before every other kind).</summary>
    public IReadOnlySet<string> KnownUnits()
    {
        if (_knownUnits is null)
        {
            var start = Stopwatch.GetTimestamp();
            _knownUnits = new HashSet<string>(_store.Rows(MergeSql.RegistryUnits, r => r.GetString(0)), StringComparer.Ordinal);
            _knownUnits.UnionWith(_unitOwner.Keys);
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
            // The group is being abandoned; the rollback below discards whatever the appenders held.
        }
        finally
        {
            _transaction.Rollback();
            _transaction.Dispose();
        }
    }
}
