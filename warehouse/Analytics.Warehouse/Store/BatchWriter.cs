using DuckDB.NET.Data;

namespace Analytics.Warehouse.Store;

/// <summary>One batch = one submission = one transaction. Rows are staged through DuckDB's Appender,
/// checked as a set in SQL and merged into the facts on <see cref="Commit"/>; disposing without
/// committing rolls everything back, so a failed batch leaves no row behind.</summary>
public sealed partial class BatchWriter : IDisposable
{
    private readonly WarehouseStore _store;
    private readonly DuckDBTransaction _transaction;
    private readonly List<FileReport> _files = [];
    private readonly Dictionary<string, long> _staged = [];
    private readonly Dictionary<string, long> _rowRejects = [];
    private DuckDBAppender? _units, _people, _positions, _ratings, _summaries, _residence, _rejected;
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

    /// <summary>Records how a file was read (encoding, separator, unknown columns).</summary>
    public void AddFile(FileReport file) => _files.Add(file);

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

    public void Stage(in UnitRow r)
    {
        _units ??= _store.Connection.CreateAppender("stg_unit");
        _units.CreateRow().AppendValue(BatchId).AppendValue(r.File).AppendValue(r.Line)
            .AppendValue(r.UnitCode).AppendValue(r.UnitName).AppendValue(r.UnitKind).AppendValue(r.ParentCode)
            .AppendValue(r.CounterpartCode).AppendValue(r.AreaCode).AppendValue(r.ValidFrom).AppendValue(r.ValidTo)
            .AppendValue(r.SuccessorCode).AppendValue(r.Extra).EndRow();
        Count("units");
    }

    public void Stage(in PersonRow r)
    {
        _people ??= _store.Connection.CreateAppender("stg_person");
        _people.CreateRow().AppendValue(BatchId).AppendValue(r.File).AppendValue(r.Line)
            .AppendValue(r.PersonKey).AppendValue(r.SourcePersonId).AppendValue(r.FullName).AppendValue(r.BirthYear)
            .AppendValue(r.Gender).AppendValue(r.PartyMember).AppendValue(r.AdmittedOn).AppendValue(r.Extra).EndRow();
        Count("people");
    }

    public void Stage(in PositionRow r)
    {
        _positions ??= _store.Connection.CreateAppender("stg_position");
        _positions.CreateRow().AppendValue(BatchId).AppendValue(r.File).AppendValue(r.Line)
            .AppendValue(r.PersonKey).AppendValue(r.SourcePersonId).AppendValue(r.UnitCode).AppendValue(r.Role)
            .AppendValue(r.ValidFrom).AppendValue(r.ValidTo).AppendValue(r.Extra).EndRow();
        Count("positions");
    }

    public void Stage(in RatingRow r)
    {
        _ratings ??= _store.Connection.CreateAppender("stg_rating");
        _ratings.CreateRow().AppendValue(BatchId).AppendValue(r.File).AppendValue(r.Line)
            .AppendValue(Info.Source).AppendValue(r.RecordId).AppendValue(r.Revision).AppendValue(r.Period)
            .AppendValue(r.PeriodKind).AppendValue(r.PeriodYear).AppendValue(r.SubjectKind).AppendValue(r.SubjectKey)
            .AppendValue(r.SubjectSourceId).AppendValue(r.UnitCode).AppendValue(r.Role).AppendValue(r.Channel)
            .AppendValue(r.Level is { } l ? (sbyte?)l : null).AppendValue(r.Level is null).AppendValue(r.LevelText)
            .AppendValue(r.LegacyLabel).AppendValue(r.Score).AppendValue(r.Discipline).AppendValue(r.Comment)
            .AppendValue(r.DecidedOn).AppendValue(r.Extra).EndRow();
        Count("ratings");
    }

    public void Stage(in SummaryRow r)
    {
        _summaries ??= _store.Connection.CreateAppender("stg_summary");
        _summaries.CreateRow().AppendValue(BatchId).AppendValue(r.File).AppendValue(r.Line)
            .AppendValue(r.Period).AppendValue(r.PeriodYear).AppendValue(r.UnitCode).AppendValue(r.Role)
            .AppendValue(r.Level is { } l ? (sbyte?)l : null).AppendValue(r.Count).AppendValue(r.Extra).EndRow();
        Count("summaries");
    }

    public void Stage(in ResidenceRow r)
    {
        _residence ??= _store.Connection.CreateAppender("stg_residence");
        _residence.CreateRow().AppendValue(BatchId).AppendValue(r.File).AppendValue(r.Line)
            .AppendValue(r.Period).AppendValue(r.PeriodYear).AppendValue(r.PersonKey).AppendValue(r.SourcePersonId)
            .AppendValue(r.ResidenceUnit).AppendValue(r.Sentiment).AppendValue(r.Comment).AppendValue(r.Extra).EndRow();
        Count("residence");
    }

    private void Count(string kind) => _staged[kind] = _staged.GetValueOrDefault(kind) + 1;

    private void CloseAppenders()
    {
        foreach (var appender in new[] { _units, _people, _positions, _ratings, _summaries, _residence, _rejected })
        {
            appender?.Close();
            appender?.Dispose();
        }
        _units = _people = _positions = _ratings = _summaries = _residence = _rejected = null;
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
        finally
        {
            _transaction.Rollback();
            _transaction.Dispose();
        }
    }
}
