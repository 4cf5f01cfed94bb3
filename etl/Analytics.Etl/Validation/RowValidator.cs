using System.Globalization;
using Analytics.Etl.Decoding;

namespace Analytics.Etl.Validation;

/// <summary>Turns the cells of one delivered row into a typed warehouse row, or says why it cannot:
/// the first fault found quarantines the row. One instance per file; runs on the reading thread.</summary>
internal sealed partial class RowValidator
{
    private readonly CsvRecordReader _row;
    private readonly PersonKeys _keys;
    private readonly short _fileNo;
    private readonly Func<string, bool> _isKnownUnit;
    private readonly RecordIdFilter _recordIds;

    public RowValidator(CsvRecordReader row, PersonKeys keys, short fileNo, Func<string, bool> isKnownUnit, RecordIdFilter recordIds)
    {
        _recordIds = recordIds;
        _row = row;
        _keys = keys;
        _fileNo = fileNo;
        _isKnownUnit = isKnownUnit;
    }

    /// <summary>A person first seen by this validator's key cache in the last valid row (its identity
    /// must be staged), or null.</summary>
    public (long Key, string SourceId)? FreshIdentity { get; private set; }

    /// <summary>A (record_id, revision) of the last valid rating that may repeat an earlier one, or null.</summary>
    public (string RecordId, int Revision)? Suspect { get; private set; }

    private long Line => _row.Line;

    // Column names are literals shared with HeaderCatalog, so the reference test usually settles it;
    // a linear scan of at most 13 names beats a dictionary here (this runs ~15 times a row).
    private string? Cell(string column)
    {
        var columns = _row.Columns;
        for (var i = 0; i < columns.Count; i++)
            if (ReferenceEquals(columns[i], column) || columns[i] == column) return _row[i];
        return null;
    }

    private long Person(string id)
    {
        var key = _keys.KeyOf(id, out var fresh);
        if (fresh) FreshIdentity = (key, id);
        return key;
    }

    /// <summary>Faults every kind shares: a row whose field count does not match the header, a cell
    /// holding a control character (a NUL from a broken export) or more text than a cell can, and text
    /// that did not decode (U+FFFD). Each sets aside its row only, never the whole file.</summary>
    private Fault? Structure()
    {
        FreshIdentity = null;
        Suspect = null;
        if (_row.FieldCount != _row.HeaderCount)
            return new Fault(null, Reasons.BadRow, $"the row has {_row.FieldCount} fields but the header has {_row.HeaderCount}");
        if (_row.ControlCharacterColumn is { } control)
            return new Fault(CanonicalOrNull(control), Reasons.ControlCharacter,
                $"'{control}' holds a control character (such as NUL, byte 0) that is no text; correct the cell and send the row again");
        if (_row.OverlongColumn is { } overlong)
            return new Fault(CanonicalOrNull(overlong), Reasons.TooLong,
                $"'{overlong}' holds more than {CsvRecordReader.MaxCellChars:N0} characters, more than a cell can; shorten it");
        for (var i = 0; i < _row.Columns.Count; i++)
        {
            if (_row[i] is { } v && v.Contains('\uFFFD', StringComparison.Ordinal))
                return new Fault(_row.Columns[i], Reasons.BadEncoding,
                    $"'{_row.Columns[i]}' holds bytes that are not valid in the file's encoding ({_row.EncodingName})");
        }
        return null;
    }

    private string? CanonicalOrNull(string column) => _row.Columns.Contains(column) ? column : null;

    private Fault? Required(string column, out string value)
    {
        value = Cell(column) ?? "";
        return value.Length == 0 ? new Fault(column, Reasons.MissingField, $"required field '{column}' is empty") : null;
    }

    private Fault? KnownUnit(string column, string code) =>
        _isKnownUnit(code) ? null
            : new Fault(column, Reasons.UnknownUnit, $"unit '{code}' is neither in the registry nor in this submission's units");

    private Fault? OptionalDate(string column, out DateOnly? date)
    {
        date = null;
        if (Cell(column) is not { } raw) return null;
        if (!DateParser.TryParse(raw, out var d, out var error))
            return new Fault(column, Reasons.BadDate, $"'{column}' value '{raw}' is not a date: {error}");
        date = d;
        return null;
    }

    private Fault? RequiredPeriod(out Period period)
    {
        period = default;
        if (Required("period", out var raw) is { } missing) return missing;
        return PeriodParser.TryParse(raw, out period, out var error)
            ? null
            : new Fault("period", Reasons.BadPeriod, $"period '{raw}' is impossible: {error}");
    }

    private Fault? Vocabulary<T>(string column, TryParse parse, Func<string, T> map, string allowed, bool required, out T? value)
    {
        value = default;
        var raw = Cell(column);
        if (raw is null)
            return required ? new Fault(column, Reasons.MissingField, $"required field '{column}' is empty") : null;
        if (parse(raw, out var canonical)) { value = map(canonical); return null; }
        return new Fault(column, Reasons.BadValue, $"'{column}' value '{raw}' is not one of {allowed}");
    }

    private delegate bool TryParse(string raw, out string canonical);

    private Fault? OptionalInt(string column, int min, int max, out int? value)
    {
        value = null;
        if (Cell(column) is not { } raw) return null;
        if (!int.TryParse(raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n))
            return new Fault(column, Reasons.BadNumber, $"'{column}' value '{raw}' is not a whole number");
        if (n < min || n > max)
            return new Fault(column, Reasons.BadNumber, $"'{column}' value {n} is outside {min}–{max}");
        value = n;
        return null;
    }
}
