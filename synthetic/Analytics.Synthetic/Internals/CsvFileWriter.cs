using System.Buffers;
using System.Globalization;
using System.Text;

namespace Analytics.Synthetic;

/// <summary>Writes one delivered CSV file in its <see cref="DeliveryStyle"/>: encoding (legacy ones through
/// <see cref="LegacyEncodings"/>), separator, quoting, header language, and the spelling of dates, levels and
/// small vocabularies. Counts lines (header = 1) so bad rows can be pointed at exactly.</summary>
internal sealed class CsvFileWriter : IDisposable
{
    private static readonly SearchValues<char> NeedsQuotesComma = SearchValues.Create(",\"\r\n");
    private static readonly SearchValues<char> NeedsQuotesSemicolon = SearchValues.Create(";\"\r\n");

    // Prefixed with ProvinceOptions.CodePrefix (the canonical names: a Vietnamese header has the same order).
    private static readonly HashSet<string> CodeColumns = new(StringComparer.Ordinal)
    {
        "unit_code", "parent_code", "counterpart_code", "area_code", "successor_code", "person_id", "record_id", "subject_id",
        "residence_unit",
    };

    private readonly StreamWriter _writer;
    private readonly StringBuilder _line = new(256);
    private readonly SearchValues<char> _quoted;
    private readonly bool _tcvn3;
    private readonly string _codePrefix;
    private readonly bool[]? _codeColumns;   // the columns that hold a code, when codes are prefixed

    public CsvFileWriter(string path, DeliveredKind kind, DeliveryStyle style, Random styleRandom, string codePrefix = "")
    {
        Style = style;
        Random = styleRandom;
        _quoted = style.Separator == ';' ? NeedsQuotesSemicolon : NeedsQuotesComma;
        _tcvn3 = style.Encoding == FileEncoding.Tcvn3;
        Encoding encoding = LegacyEncodings.Get(style.Encoding, style.Bom);
        var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        _writer = new StreamWriter(stream, encoding, 1 << 16) { NewLine = "\n" };
        Row([.. HeaderNames.For(kind, style.VietnameseHeader)]);
        Rows = 0;
        _codePrefix = codePrefix;
        if (codePrefix.Length > 0)
        {
            _codeColumns = [.. HeaderNames.Canonical(kind).Select(c => CodeColumns.Contains(c))];
        }
    }

    public DeliveryStyle Style { get; }

    /// <summary>The style's own stream (mixed spellings, mixed dates); never the data's.</summary>
    public Random Random { get; }

    /// <summary>Data rows written so far (the header is not counted).</summary>
    public long Rows { get; private set; }

    /// <summary>The line number the next row will have (the header is line 1).</summary>
    public long NextLine => Rows + 2;

    /// <summary>The decimal point of scores: '.' in comma files, the Vietnamese decimal comma in semicolon files
    /// (the loader reads both).</summary>
    public char DecimalSeparator => Style.Separator == ';' ? ',' : '.';

    public void Row(params ReadOnlySpan<string?> fields)
    {
        _line.Clear();
        for (int i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                _line.Append(Style.Separator);
            }

            string? value = fields[i];
            if (string.IsNullOrEmpty(value))
            {
                continue;
            }

            if (_codeColumns is not null && _codeColumns[i])
            {
                value = _codePrefix + value;
            }

            if (_tcvn3)
            {
                value = Tcvn3Safe(value);
            }

            if (value.AsSpan().IndexOfAny(_quoted) < 0)
            {
                _line.Append(value);
            }
            else
            {
                _line.Append('"').Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            }
        }

        _line.Append('\n');
        _writer.Write(_line);
        Rows++;
    }

    public string Date(DateOnly date) => Style.Dates switch
    {
        DateStyle.DayFirst => DayFirst(date),
        DateStyle.Mixed when Random.Next(3) == 0 => DayFirst(date),
        _ => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    public string? Date(DateOnly? date) => date is { } d ? Date(d) : null;

    public string Level(Grade grade, int year, LevelSpeller.Legacy legacy) => LevelSpeller.Spell(grade, year, legacy, Style, Random);

    public string Gender(bool female) => Style.VietnameseValues ? (female ? "nữ" : "nam") : (female ? "female" : "male");

    public string Bool(bool value) => Style.VietnameseValues ? (value ? "có" : "không") : (value ? "true" : "false");

    public string? Discipline(string? discipline) => !Style.VietnameseValues || discipline is null ? discipline : discipline switch
    {
        "reprimand" => "khiển trách",
        "warning" => "cảnh cáo",
        "removal" => "cách chức",
        "dismissal" => "buộc thôi việc",
        "expulsion" => "khai trừ",
        _ => discipline,
    };

    public string Sentiment(string sentiment) => !Style.VietnameseValues ? sentiment : sentiment switch
    {
        "positive" => "tích cực",
        "negative" => "tiêu cực",
        _ => "không có ý kiến",
    };

    public void Dispose() => _writer.Dispose();

    private static string DayFirst(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>TCVN3 has no capital toned letters (the ".VnTimeH" fonts drew lower-case codes as capitals):
    /// write them in lower case, so what the loader reads back is exactly what was written.</summary>
    private static string Tcvn3Safe(string value)
    {
        if (Ascii.IsValid(value))
        {
            return value;
        }

        char[]? copy = null;
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (c >= 0x80 && LegacyEncodings.IsCapitalToned(c))
            {
                copy ??= value.ToCharArray();
                copy[i] = char.ToLowerInvariant(c);
            }
        }

        return copy is null ? value : new string(copy);
    }
}
