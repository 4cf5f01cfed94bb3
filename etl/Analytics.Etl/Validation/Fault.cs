namespace Analytics.Etl.Validation;

/// <summary>Why a row is quarantined: the canonical column at fault (if one), a stable reason code
/// and a message in plain words.</summary>
public readonly record struct Fault(string? Column, string Reason, string Message);

/// <summary>The stable reason codes of the quarantine (etl_rejected.reason).</summary>
public static class Reasons
{
    public const string BadRow = "BAD_ROW";
    public const string MissingField = "MISSING_FIELD";
    public const string UnknownLevel = "UNKNOWN_LEVEL";
    public const string BadPeriod = "BAD_PERIOD";
    public const string BadDate = "BAD_DATE";
    public const string BadNumber = "BAD_NUMBER";
    public const string NegativeCount = "NEGATIVE_COUNT";
    public const string BadScore = "BAD_SCORE";
    public const string BadValue = "BAD_VALUE";
    public const string DateOrder = "DATE_ORDER";
    public const string BadEncoding = "BAD_ENCODING";
    public const string UnknownUnit = "UNKNOWN_UNIT";
    public const string DuplicateRecord = "DUPLICATE_RECORD";
    public const string ControlCharacter = "CONTROL_CHARACTER";
    public const string TooLong = "TOO_LONG";
}
