namespace Analytics.Warehouse.Store;

// Commit: set-level checks, merges, lineage counts, then one COMMIT.
public sealed partial class BatchWriter
{
    private static readonly (string Kind, string Table)[] Kinds =
    [
        ("units", "stg_unit"), ("people", "stg_person"), ("positions", "stg_position"),
        ("ratings", "stg_rating"), ("summaries", "stg_summary"), ("residence", "stg_residence"),
    ];

    /// <summary>Runs the set-level checks, merges the staged rows into the facts, records the
    /// lineage counts and commits. Throws (and the batch rolls back on dispose) on any failure.</summary>
    public BatchOutcome Commit()
    {
        ObjectDisposedException.ThrowIf(_done, this);
        CloseAppenders();

        var setRejects = new Dictionary<string, long>();
        var loaded = new Dictionary<string, long>();
        void Rejects(string kind, string sql) => setRejects[kind] = setRejects.GetValueOrDefault(kind) + _store.Execute(sql, BatchId);

        // Units first: every later kind may reference a unit delivered anywhere in this submission.
        Rejects("units", MergeSql.UnitConflicts);
        loaded["units"] = _store.Execute(MergeSql.UnitMerge, BatchId);

        loaded["people"] = _store.Execute(MergeSql.PersonMerge, BatchId);
        _store.Execute(MergeSql.PersonIdentityMerge, BatchId);

        Rejects("positions", MergeSql.UnknownUnit("stg_position", "positions", "unit_code",
            "concat_ws(',', source_person_id, unit_code, role, valid_from, valid_to)"));
        Rejects("ratings", MergeSql.UnknownUnit("stg_rating", "ratings", "unit_code", MergeSqlFacts.RatingRaw));
        Rejects("ratings", MergeSql.UnknownUnit("stg_rating", "ratings", "subject_key", MergeSqlFacts.RatingRaw,
            "subject_kind = 'unit' AND unit_code <> subject_key"));
        Rejects("summaries", MergeSql.UnknownUnit("stg_summary", "summaries", "unit_code",
            "concat_ws(',', period, unit_code, role, level, count)"));
        Rejects("residence", MergeSql.UnknownUnit("stg_residence", "residence", "residence_unit",
            "concat_ws(',', period, source_person_id, residence_unit, sentiment, comment)"));
        _store.Execute(MergeSql.DropRejected("stg_rating", "ratings"), BatchId);
        Rejects("ratings", MergeSqlFacts.RatingConflictsInBatch);
        _store.Execute(MergeSql.DropRejected("stg_rating", "ratings"), BatchId);
        Rejects("ratings", MergeSqlFacts.RatingConflictsWithWarehouse);
        foreach (var (kind, table) in Kinds.Skip(2)) _store.Execute(MergeSql.DropRejected(table, kind), BatchId);

        _store.Execute(MergeSql.ReferencedIdentities, BatchId);
        loaded["positions"] = _store.Execute(MergeSqlFacts.PositionMerge, BatchId);
        loaded["ratings"] = _store.Execute(MergeSqlFacts.RatingMerge, BatchId);
        loaded["summaries"] = _store.Execute(MergeSqlFacts.SummaryMerge, BatchId);
        loaded["residence"] = _store.Execute(MergeSqlFacts.ResidenceMerge, BatchId);

        foreach (var (_, table) in Kinds) _store.Execute(MergeSql.ClearStaging(table), BatchId);

        var kinds = new Dictionary<string, KindCounts>();
        foreach (var (kind, _) in Kinds)
        {
            var staged = _staged.GetValueOrDefault(kind);
            var rowRejected = _rowRejects.GetValueOrDefault(kind);
            var setRejected = setRejects.GetValueOrDefault(kind);
            var added = loaded.GetValueOrDefault(kind);
            var read = staged + rowRejected;
            if (read == 0) continue;
            kinds[kind] = new KindCounts(read, added, staged - setRejected - added, rowRejected + setRejected);
        }
        var outcome = new BatchOutcome(BatchId, kinds);

        foreach (var file in _files) InsertFile(_store, BatchId, file);
        _store.Execute(
            "UPDATE etl_batch SET status = 'loaded', finished_at = now(), rows_read = $2, rows_loaded = $3, rows_unchanged = $4, rows_quarantined = $5 WHERE batch_id = $1",
            BatchId, outcome.Read, outcome.Loaded, outcome.Unchanged, outcome.Quarantined);
        _transaction.Commit();
        _done = true;
        _transaction.Dispose();
        return outcome;
    }

    internal static void InsertFile(WarehouseStore store, long batchId, FileReport file)
    {
        using var command = store.Command(
            "INSERT INTO etl_file VALUES ($1, $2, $3, $4, $5, $6, $7, $8::VARCHAR[])",
            batchId, file.File, file.RecordKind, file.Encoding, file.Separator, file.RowsRead, file.RowsQuarantined,
            file.UnknownColumns.ToArray());
        command.ExecuteNonQuery();
    }
}
