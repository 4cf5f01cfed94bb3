using System.Diagnostics;

namespace Analytics.Warehouse.Store;

// Commit: lineage of files, units and people merged, set-level checks of the facts, counts, COMMIT, once
// for every batch of the group. Every statement costs a few milliseconds however small the group: run
// only what applies.
public sealed partial class BatchWriter
{
    private static readonly string[] Kinds = ["units", "people", "positions", "ratings", "summaries", "residence"];

    /// <summary>Commits a group of one batch; see <see cref="CommitAll"/>.</summary>
    public BatchOutcome Commit()
    {
        if (_batches.Count != 1)
            throw new InvalidOperationException($"this group holds {_batches.Count} batches: commit it with CommitAll()");
        if (Current.RejectedReason is not null)
            throw new InvalidOperationException($"batch {BatchId} is rejected whole: commit it with CommitAll()");
        return CommitAll()[0]!;
    }

    /// <summary>Runs the set-level checks, merges staged units and people, records the lineage and counts
    /// of every batch, and commits the group: one outcome per batch, in order (null for a batch rejected
    /// whole). Throws (and the group rolls back on dispose) on any failure.</summary>
    public IReadOnlyList<BatchOutcome?> CommitAll()
    {
        ObjectDisposedException.ThrowIf(_done, this);
        long first = _batches[0].Id, last = Current.Id;
        var start = Stopwatch.GetTimestamp();
        CloseAppenders();
        Timings?.Since(IngestStage.Append, start);

        start = Stopwatch.GetTimestamp();
        AppendFiles();
        Timings?.Since(IngestStage.Files, start);

        start = Stopwatch.GetTimestamp();
        if (Appended("units") > 0)
        {
            _store.Execute(MergeSql.UnitConflicts, first, last);
            _store.Execute(MergeSql.UnitMerge, first, last);
        }
        Timings?.Since(IngestStage.Units, start);

        start = Stopwatch.GetTimestamp();
        MergePeople(first, last);
        Timings?.Since(IngestStage.People, start);

        start = Stopwatch.GetTimestamp();
        CheckRatings(first, last);
        Timings?.Since(IngestStage.RatingChecks, start);

        start = Stopwatch.GetTimestamp();
        DropUnchanged(FactSql.Positions, FactSql.Unchanged(FactSql.Positions,
            ["unit_code", "role", "valid_from", "person_key"], ["valid_to"]));
        DropUnchanged(FactSql.Summaries, FactSql.Unchanged(FactSql.Summaries,
            ["period_kind", "period_year", "period_no", "role", "coalesce(level, 0)", "unit_code"], ["count"]));
        DropUnchanged(FactSql.Residence, FactSql.Unchanged(FactSql.Residence,
            ["period_kind", "period_year", "period_no", "residence_unit", "person_key"], ["sentiment", "comment"]));
        Timings?.Since(IngestStage.FactChecks, start);

        start = Stopwatch.GetTimestamp();
        var outcomes = Outcomes(first, last);
        if (Appended("units") > 0) _store.Execute(MergeSql.ClearStaging("stg_unit"), first, last);
        if (Appended("people") > 0) _store.Execute(MergeSql.ClearStaging("stg_person"), first, last);
        if (_identityRows > 0) _store.Execute(MergeSql.ClearStaging("stg_identity"), first, last);
        if (_suspectRows > 0) _store.Execute(MergeSql.ClearStaging("stg_suspect"), first, last);
        AppendBatches(outcomes);
        foreach (var work in _onCommit) work();
        Timings?.Since(IngestStage.Counts, start);

        start = Stopwatch.GetTimestamp();
        _transaction.Commit();
        _done = true;
        _transaction.Dispose();
        Timings?.Since(IngestStage.Commit, start);
        return outcomes;
    }

    private long Appended(string kind) => _batches.Sum(b => b.Appended.GetValueOrDefault(kind));

    private void MergePeople(long first, long last)
    {
        var people = Appended("people") > 0;
        if (!people && _identityRows == 0) return;
        _store.Execute(MergeSql.KnownIdentities, first, last);
        if (_store.Scalar(MergeSql.KeyCollisions, first, last) > 0)
            throw new InvalidOperationException(
                "two different person ids share one pseudonymous key in this batch; widen the key before loading it");
        if (people)
        {
            _store.Execute(MergeSql.PersonChanged, first, last);
            _store.Execute(MergeSql.KnownPeople);
            if (_store.Scalar(MergeSql.ChangedPeople) > 0) _store.Execute(MergeSql.PersonDeleteChanged);
            _store.Execute(MergeSql.IdentitiesChanged);
            if (_store.Scalar(MergeSql.ChangedIdentities) > 0) _store.Execute(MergeSql.PersonIdentityDeleteChanged);
            _store.Execute(MergeSql.PersonMerge);
            _store.Execute(MergeSql.PersonIdentityMerge);
            _store.Execute(MergeSql.DropPersonChanged);
        }
        if (_identityRows > 0) _store.Execute(MergeSql.ReferencedIdentities, first, last);
        _store.Execute(MergeSql.DropKnownIdentities);
    }

    private void CheckRatings(long first, long last)
    {
        if (Appended("ratings") == 0) return;
        _store.Execute(RepeatsScreened ? FactSql.DuplicateKeysOfSuspects : FactSql.DuplicateKeys, first, last);
        if (_store.Scalar(FactSql.DuplicateKeyCount) > 0)
        {
            Quarantine(FactSql.Ratings, FactSql.RatingConflictsInBatch);
            DropUnchanged(FactSql.Ratings, FactSql.RatingRepeatsInBatch);
        }
        _store.Execute(FactSql.DropDuplicateKeys);
        if (_batches.Count(b => b.Appended.ContainsKey("ratings")) > 1
            || _store.Scalar(FactSql.SourceHasEarlierBatches, _batches[0].Info.Source) > 0)
        {
            _store.Execute(FactSql.RatingsSeenBefore, first, last, _batches[0].Info.Source);
            if (_store.Scalar(FactSql.SeenCount) > 0)
            {
                Quarantine(FactSql.Ratings, FactSql.RatingConflictsWithWarehouse);
                DropUnchanged(FactSql.Ratings, FactSql.RatingsUnchanged);
            }
            _store.Execute(FactSql.DropSeen);
        }
    }

    private void Quarantine(FactSql.Fact fact, string offenders)
    {
        if (Appended(fact.Kind) == 0) return;
        _store.Execute(FactSql.Quarantine(fact, offenders), _batches[0].Id, Current.Id);
        _store.Execute(FactSql.Delete(fact, offenders), _batches[0].Id, Current.Id);
    }

    private void DropUnchanged(FactSql.Fact fact, string rows)
    {
        if (Appended(fact.Kind) == 0) return;
        _store.Execute(FactSql.Delete(fact, rows), _batches[0].Id, Current.Id);
    }

    /// <summary>Rows read = loaded + unchanged + quarantined per kind and batch: loaded is what the batch
    /// holds after the checks, quarantined what etl_rejected holds for it, unchanged the rest.</summary>
    private List<BatchOutcome?> Outcomes(long first, long last)
    {
        var held = new Dictionary<(long Batch, string Kind), long>();
        var rows = _store.Rows(MergeSql.GroupCounts, r => (Batch: r.GetInt64(0), Kind: r.GetString(1), Count: r.GetInt64(2)), first, last);
        foreach (var (batch, kind, count) in rows) held[(batch, kind)] = count;
        var outcomes = new List<BatchOutcome?>(_batches.Count);
        foreach (var b in _batches)
        {
            if (b.RejectedReason is not null)
            {
                outcomes.Add(null);
                continue;
            }
            var kinds = new Dictionary<string, KindCounts>();
            foreach (var kind in Kinds)
            {
                var appended = b.Appended.GetValueOrDefault(kind);
                var read = appended + b.RowRejects.GetValueOrDefault(kind);
                if (read == 0) continue;
                var loaded = held.GetValueOrDefault((b.Id, kind));
                var quarantined = held.GetValueOrDefault((b.Id, "rejected:" + kind));
                var setRejected = quarantined - b.RowRejects.GetValueOrDefault(kind);
                kinds[kind] = new KindCounts(read, loaded, appended - loaded - setRejected, quarantined);
            }
            outcomes.Add(new BatchOutcome(b.Id, kinds));
        }
        return outcomes;
    }

    private void AppendFiles()
    {
        if (_batches.All(b => b.Files.Count == 0)) return;
        using var files = _store.Connection.CreateAppender("etl_file");
        foreach (var b in _batches)
        {
            foreach (var (no, file) in b.Files)
            {
                files.CreateRow().AppendValue(b.Id).AppendValue(no).AppendValue(file.File).AppendValue(file.RecordKind)
                    .AppendValue(file.Encoding).AppendValue(file.Separator).AppendValue(file.RowsRead).AppendValue(file.RowsQuarantined)
                    .AppendValue(file.UnknownColumns).EndRow();
            }
        }
    }

    /// <summary>The group's etl_batch rows, stamped with the transaction's clock.</summary>
    private void AppendBatches(List<BatchOutcome?> outcomes)
    {
        var now = _store.Rows(MergeSql.Now, r => r.GetDateTime(0)).Single();
        using var batches = _store.Connection.CreateAppender("etl_batch");
        for (var i = 0; i < _batches.Count; i++)
        {
            var (b, o) = (_batches[i], outcomes[i]);
            batches.CreateRow().AppendValue(b.Id).AppendValue(b.Info.Source).AppendValue(b.Info.Connector).AppendValue(b.Info.Submission)
                .AppendValue(b.Info.ContentHash).AppendValue(now).AppendValue(now).AppendValue(o is null ? "rejected" : "loaded")
                .AppendValue(b.RejectedReason).AppendValue(o?.Read ?? 0).AppendValue(o?.Loaded ?? 0).AppendValue(o?.Unchanged ?? 0)
                .AppendValue(o?.Quarantined ?? 0).EndRow();
        }
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
