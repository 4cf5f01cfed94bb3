namespace Analytics.Warehouse.Store;

// Appending one row of each kind to the current batch. Validate before appending: the Appender checks
// constraints only at flush.
public sealed partial class BatchWriter
{
    private static string Shared(string what, long owner) =>
        $"{what} is already staged by batch {owner} of this group; start a new group for this batch";

    public void Stage(in UnitRow r)
    {
        if (_unitOwner.TryGetValue(r.UnitCode, out var owner) && owner != BatchId)
            throw new InvalidOperationException(Shared($"unit '{r.UnitCode}'", owner));
        _units ??= _store.Connection.CreateAppender("stg_unit");
        _units.CreateRow().AppendValue(BatchId).AppendValue(r.FileNo).AppendValue(r.Line)
            .AppendValue(r.UnitCode).AppendValue(r.UnitName).AppendValue(r.UnitKind).AppendValue(r.ParentCode)
            .AppendValue(r.CounterpartCode).AppendValue(r.AreaCode).AppendValue(r.ValidFrom).AppendValue(r.ValidTo)
            .AppendValue(r.SuccessorCode).AppendValue(r.Extra).EndRow();
        _unitOwner[r.UnitCode] = BatchId;
        _knownUnits?.Add(r.UnitCode);
        Current.Count("units");
    }

    public void Stage(in PersonRow r)
    {
        if (_personOwner.TryGetValue(r.PersonKey, out var owner) && owner != BatchId)
            throw new InvalidOperationException(Shared($"person #{r.PersonKey}", owner));
        _people ??= _store.Connection.CreateAppender("stg_person");
        _people.CreateRow().AppendValue(BatchId).AppendValue(r.FileNo).AppendValue(r.Line)
            .AppendValue(r.PersonKey).AppendValue(r.SourcePersonId).AppendValue(r.FullName).AppendValue(r.BirthYear)
            .AppendValue(r.Gender).AppendValue(r.PartyMember).AppendValue(r.AdmittedOn).AppendValue(r.Extra).EndRow();
        _personOwner[r.PersonKey] = BatchId;
        Current.Count("people");
    }

    public void Stage(in PositionRow r)
    {
        _positions ??= _store.Connection.CreateAppender("position");
        _positions.CreateRow().AppendValue(BatchId).AppendValue(r.FileNo).AppendValue(r.Line)
            .AppendValue(r.PersonKey).AppendValue(r.UnitCode).AppendValue(r.Role)
            .AppendValue(r.ValidFrom).AppendValue(r.ValidTo).AppendValue(r.Extra).EndRow();
        Current.Count("positions");
    }

    public void Stage(in RatingRow r)
    {
        _ratings ??= _store.Connection.CreateAppender("rating");
        var row = _ratings.CreateRow().AppendValue(BatchId).AppendValue(r.FileNo).AppendValue(r.Line)
            .AppendValue(r.RecordId).AppendValue(r.Revision)
            .AppendValue(r.Period.Grain).AppendValue(r.Period.Year).AppendValue((sbyte)r.Period.Number)
            .AppendValue(r.SubjectKind).AppendValue(r.PersonKey).AppendValue(r.SubjectUnit).AppendValue(r.UnitCode)
            .AppendValue(r.Role).AppendValue(r.Channel).AppendValue(r.Level is { } l ? (sbyte?)l : null)
            .AppendValue(r.LegacyLabel).AppendValue(r.Score).AppendValue(r.Discipline).AppendValue(r.Comment)
            .AppendValue(r.DecidedOn).AppendValue(r.Extra);
        row.EndRow();
        Current.Count("ratings");
    }

    public void Stage(in SummaryRow r)
    {
        _summaries ??= _store.Connection.CreateAppender("summary");
        _summaries.CreateRow().AppendValue(BatchId).AppendValue(r.FileNo).AppendValue(r.Line)
            .AppendValue(r.Period.Grain).AppendValue(r.Period.Year).AppendValue((sbyte)r.Period.Number)
            .AppendValue(r.UnitCode).AppendValue(r.Role).AppendValue(r.Level is { } l ? (sbyte?)l : null)
            .AppendValue(r.Count).AppendValue(r.Extra).EndRow();
        Current.Count("summaries");
    }

    public void Stage(in ResidenceRow r)
    {
        _residence ??= _store.Connection.CreateAppender("residence_comment");
        _residence.CreateRow().AppendValue(BatchId).AppendValue(r.FileNo).AppendValue(r.Line)
            .AppendValue(r.Period.Grain).AppendValue(r.Period.Year).AppendValue((sbyte)r.Period.Number)
            .AppendValue(r.PersonKey).AppendValue(r.ResidenceUnit).AppendValue(r.Sentiment)
            .AppendValue(r.Comment).AppendValue(r.Extra).EndRow();
        Current.Count("residence");
    }
}
