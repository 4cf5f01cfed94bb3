namespace Analytics.Warehouse.Store;

// The rows the ETL hands the warehouse, already validated and typed. One record per record kind of
// docs/interchange.md; FileNo/Line carry lineage to the delivered file (etl_file). Person keys are the
// 64-bit HMAC of person_id. Extra holds unknown columns as JSON.

/// <summary>A row of units.csv.</summary>
public readonly record struct UnitRow(
    short FileNo, long Line, string UnitCode, string UnitName, string UnitKind, string? ParentCode,
    string? CounterpartCode, string? AreaCode, DateOnly? ValidFrom, DateOnly? ValidTo, string? SuccessorCode, string? Extra);

/// <summary>A row of people.csv.</summary>
public readonly record struct PersonRow(
    short FileNo, long Line, long PersonKey, string SourcePersonId, string FullName, short? BirthYear,
    string? Gender, bool? PartyMember, DateOnly? AdmittedOn, string? Extra);

/// <summary>A row of positions.csv.</summary>
public readonly record struct PositionRow(
    short FileNo, long Line, long PersonKey, string UnitCode, PositionRole Role, DateOnly ValidFrom, DateOnly? ValidTo, string? Extra);

/// <summary>A period as stored: grain, year and number (0 for a year).</summary>
public readonly record struct StoredPeriod(PeriodGrain Grain, short Year, byte Number);

/// <summary>One rating step of one subject (ratings.csv). Level is the ordinal 1–4, null when not rated.
/// A person subject has PersonKey, a unit subject SubjectUnit.</summary>
public readonly record struct RatingRow(
    short FileNo, long Line, string RecordId, int Revision, StoredPeriod Period, SubjectKind SubjectKind,
    long? PersonKey, string? SubjectUnit, string UnitCode, RatingRole Role, RatingChannel Channel,
    byte? Level, bool LegacyLabel, decimal? Score, Discipline Discipline, string? Comment, DateOnly? DecidedOn, string? Extra);

/// <summary>A row of summaries.csv (biểu tổng hợp). Level null = the not-rated count.</summary>
public readonly record struct SummaryRow(
    short FileNo, long Line, StoredPeriod Period, string UnitCode, RatingRole Role, byte? Level, int Count, string? Extra);

/// <summary>A row of residence.csv.</summary>
public readonly record struct ResidenceRow(
    short FileNo, long Line, StoredPeriod Period, long PersonKey, string ResidenceUnit, Sentiment Sentiment, string? Comment,
    string? Extra);

/// <summary>A quarantined row: where, which column, a stable reason code, plain words, the raw text.</summary>
public readonly record struct RejectedRow(
    string File, string RecordKind, long Line, string? Column, string Reason, string Message, string? Raw);

/// <summary>How one file of a batch was read.</summary>
public readonly record struct FileReport(
    string File, string RecordKind, string Encoding, string Separator, long RowsRead, long RowsQuarantined,
    IReadOnlyList<string> UnknownColumns);
