namespace Analytics.Warehouse.Store;

// The rows the ETL hands the warehouse, already validated and typed. One record per record kind of
// INTERCHANGE.md; File/Line carry lineage to the delivered file. Extra holds unknown columns as JSON.

/// <summary>A row of units.csv.</summary>
public readonly record struct UnitRow(
    string File, long Line, string UnitCode, string UnitName, string UnitKind, string? ParentCode,
    string? CounterpartCode, string? AreaCode, DateOnly? ValidFrom, DateOnly? ValidTo, string? SuccessorCode, string? Extra);

/// <summary>A row of people.csv; PersonKey is HMAC(person_id).</summary>
public readonly record struct PersonRow(
    string File, long Line, string PersonKey, string SourcePersonId, string FullName, short? BirthYear,
    string? Gender, bool? PartyMember, DateOnly? AdmittedOn, string? Extra);

/// <summary>A row of positions.csv.</summary>
public readonly record struct PositionRow(
    string File, long Line, string PersonKey, string SourcePersonId, string UnitCode, string Role,
    DateOnly ValidFrom, DateOnly? ValidTo, string? Extra);

/// <summary>One rating step of one subject (ratings.csv). Level is the ordinal 1–4, null when not rated.</summary>
public readonly record struct RatingRow(
    string File, long Line, string RecordId, int Revision, string Period, string PeriodKind, short PeriodYear,
    string SubjectKind, string SubjectKey, string SubjectSourceId, string UnitCode, string Role, string Channel,
    byte? Level, string LevelText, bool LegacyLabel, decimal? Score, string Discipline, string? Comment,
    DateOnly? DecidedOn, string? Extra);

/// <summary>A row of summaries.csv (biểu tổng hợp). Level null = the not-rated count.</summary>
public readonly record struct SummaryRow(
    string File, long Line, string Period, short PeriodYear, string UnitCode, string Role, byte? Level, int Count, string? Extra);

/// <summary>A row of residence.csv.</summary>
public readonly record struct ResidenceRow(
    string File, long Line, string Period, short PeriodYear, string PersonKey, string SourcePersonId,
    string ResidenceUnit, string Sentiment, string? Comment, string? Extra);

/// <summary>A quarantined row: where, which column, a stable reason code, plain words, the raw text.</summary>
public readonly record struct RejectedRow(
    string File, string RecordKind, long Line, string? Column, string Reason, string Message, string? Raw);

/// <summary>How one file of a batch was read.</summary>
public readonly record struct FileReport(
    string File, string RecordKind, string Encoding, string Separator, long RowsRead, long RowsQuarantined,
    IReadOnlyList<string> UnknownColumns);
