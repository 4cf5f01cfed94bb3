using System.Diagnostics;

namespace Analytics.Warehouse.Store;

// Commit: lineage of files, units and people merged, set-level checks of the facts, counts, COMMIT.
public sealed partial class BatchWriter
{
    private static readonly string[] Kinds = ["units", "people", "positions", "ratings", "summaries", "residence"];

    /// <summary>Runs the set-level checks, merges staged units and people, records the lineage counts
    /// and commits. Throws (and the batch rolls back on dispose) on any failure.</summary>
    public BatchOutcome Commit()
    {
        ObjectDisposedException.ThrowIf(_done, this);
        var start = Stopwatch.GetTimestamp();
        CloseAppenders();
        Timings?.Since(IngestStage.Append, start);
        start = Stopwatch.GetTimestamp();
        foreach (var (no, file) in _files) InsertFile(_store, BatchId, no, file);
        Timings?.Since(IngestStage.Files, start);
        start = Stopwatch.GetTimestamp();

        var setRejects = new Dictionary<string, long>();
        var unchanged = new Dictionary<string, long>();
        var loaded = new Dictionary<string, long>();

        // Unknown units were refused row by row (IsKnownUnit); units of this batch merge first.
        // Every statement costs a few milliseconds however small the batch: run only what applies.
        if (_appended.GetValueOrDefault("units") > 0)
        {
            setRejects["units"] = _store.Execute(MergeSql.UnitConflicts, BatchId);
            loaded["units"] = _store.Execute(MergeSql.UnitMerge, BatchId);
            unchanged["units"] = _appended["units"] - setRejects["units"] - loaded["units"];
        }

        Timings?.Since(IngestStage.Units, start);
        start = Stopwatch.GetTimestamp();
        var people = _appended.GetValueOrDefault("people") > 0 || _identityRows > 0;
        if (people && _store.Scalar(MergeSql.KeyCollisions, BatchId) > 0)
            throw new InvalidOperationException("two different person ids share one pseudonymous key in this batch; widen the key before loading it");
        if (_appended.GetValueOrDefault("people") > 0)
        {
            _store.Execute(MergeSql.PersonChanged, BatchId);
            _store.Execute(MergeSql.PersonDeleteChanged);
            _store.Execute(MergeSql.PersonIdentityDeleteChanged);
            loaded["people"] = _store.Execute(MergeSql.PersonMerge, BatchId);
            unchanged["people"] = _appended["people"] - loaded["people"];
            _store.Execute(MergeSql.PersonIdentityMerge, BatchId);
            _store.Execute(MergeSql.DropPersonChanged);
        }
        if (_identityRows > 0) _store.Execute(MergeSql.ReferencedIdentities, BatchId);
        Timings?.Since(IngestStage.People, start);
        start = Stopwatch.GetTimestamp();

        void Quarantine(FactSql.Fact fact, string offenders)
        {
            if (_appended.GetValueOrDefault(fact.Kind) == 0) return;
            setRejects[fact.Kind] = setRejects.GetValueOrDefault(fact.Kind) + _store.Execute(FactSql.Quarantine(fact, offenders), BatchId);
            _store.Execute(FactSql.Delete(fact, offenders), BatchId);
        }
        void DropUnchanged(FactSql.Fact fact, string rows)
        {
            if (_appended.GetValueOrDefault(fact.Kind) == 0) return;
            unchanged[fact.Kind] = unchanged.GetValueOrDefault(fact.Kind) + _store.Execute(FactSql.Delete(fact, rows), BatchId);
        }

        if (_appended.GetValueOrDefault("ratings") > 0)
        {
            _store.Execute(RepeatsScreened ? FactSql.DuplicateKeysOfSuspects : FactSql.DuplicateKeys, BatchId);
            if (_store.Scalar(FactSql.DuplicateKeyCount) > 0)
            {
                Quarantine(FactSql.Ratings, FactSql.RatingConflictsInBatch);
                DropUnchanged(FactSql.Ratings, FactSql.RatingRepeatsInBatch);
            }
            _store.Execute(FactSql.DropDuplicateKeys);
            if (_store.Scalar(FactSql.SourceHasEarlierBatches, BatchId) > 0)
            {
                _store.Execute(FactSql.RatingsSeenBefore, BatchId);
                if (_store.Scalar(FactSql.SeenCount) > 0)
                {
                    Quarantine(FactSql.Ratings, FactSql.RatingConflictsWithWarehouse);
                    DropUnchanged(FactSql.Ratings, FactSql.RatingsUnchanged);
                }
                _store.Execute(FactSql.DropSeen);
            }
        }
        Timings?.Since(IngestStage.RatingChecks, start);
        start = Stopwatch.GetTimestamp();
        DropUnchanged(FactSql.Positions, FactSql.Unchanged(FactSql.Positions, ["unit_code", "role", "valid_from", "person_key"], ["valid_to"]));
        DropUnchanged(FactSql.Summaries, FactSql.Unchanged(FactSql.Summaries,
            ["period_kind", "period_year", "period_no", "role", "coalesce(level, 0)", "unit_code"], ["count"]));
        DropUnchanged(FactSql.Residence, FactSql.Unchanged(FactSql.Residence,
            ["period_kind", "period_year", "period_no", "residence_unit", "person_key"], ["sentiment", "comment"]));

        Timings?.Since(IngestStage.FactChecks, start);
        start = Stopwatch.GetTimestamp();
        foreach (var fact in new[] { FactSql.Ratings, FactSql.Positions, FactSql.Summaries, FactSql.Residence })
            loaded[fact.Kind] = _appended.GetValueOrDefault(fact.Kind) == 0 ? 0 : _store.Scalar(FactSql.LoadedCount(fact), BatchId);
        if (_appended.GetValueOrDefault("units") > 0) _store.Execute(MergeSql.ClearStaging("stg_unit"), BatchId);
        if (_appended.GetValueOrDefault("people") > 0) _store.Execute(MergeSql.ClearStaging("stg_person"), BatchId);
        if (_identityRows > 0) _store.Execute(MergeSql.ClearStaging("stg_identity"), BatchId);
        if (_suspectRows > 0) _store.Execute(MergeSql.ClearStaging("stg_suspect"), BatchId);

        var kinds = new Dictionary<string, KindCounts>();
        foreach (var kind in Kinds)
        {
            var rowRejected = _rowRejects.GetValueOrDefault(kind);
            var read = _appended.GetValueOrDefault(kind) + rowRejected;
            if (read == 0) continue;
            kinds[kind] = new KindCounts(read, loaded.GetValueOrDefault(kind), unchanged.GetValueOrDefault(kind),
                rowRejected + setRejects.GetValueOrDefault(kind));
        }
        var outcome = new BatchOutcome(BatchId, kinds);
        _store.Execute(
            "UPDATE etl_batch SET status = 'loaded', finished_at = now(), rows_read = $2, rows_loaded = $3, rows_unchanged = $4, rows_quarantined = $5 WHERE batch_id = $1",
            BatchId, outcome.Read, outcome.Loaded, outcome.Unchanged, outcome.Quarantined);
        foreach (var work in _onCommit) work();
        Timings?.Since(IngestStage.Counts, start);
        start = Stopwatch.GetTimestamp();
        _transaction.Commit();
        Timings?.Since(IngestStage.Commit, start);
        _done = true;
        _transaction.Dispose();
        return outcome;
    }

    internal static void InsertFile(WarehouseStore store, long batchId, short fileNo, FileReport file)
    {
        using var command = store.Command(
            "INSERT INTO etl_file VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::VARCHAR[])",
            batchId, fileNo, file.File, file.RecordKind, file.Encoding, file.Separator, file.RowsRead, file.RowsQuarantined,
            file.UnknownColumns.ToArray());
        command.ExecuteNonQuery();
    }
}
