using System.Text;
using nietras.SeparatedValues;

namespace Analytics.Etl.Decoding;

/// <summary>Reads one delivered CSV file of one record kind, streaming: detects the encoding (or takes
/// the declared one) and the separator, maps the header to canonical columns, and hands out each row
/// as NFC cells in canonical column order. Unknown columns are kept per row as JSON (<see cref="Extra"/>)
/// and listed once in <see cref="UnknownColumns"/>.</summary>
internal sealed partial class CsvRecordReader : IDisposable
{
    private const int SampleBytes = 1 << 20;

    // C0 controls other than tab, LF and CR: no text holds them; a NUL in a cell is a broken export.
    private static readonly System.Buffers.SearchValues<char> ControlCharacters = System.Buffers.SearchValues.Create(
        "\0\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\u000E\u000F" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F");
    private readonly SepReader _sep;
    private readonly TextReader _text;
    private readonly int[] _sourceIndex;      // canonical column → index in the file, -1 when absent
    private readonly (int Index, string Name)[] _unknown;
    private readonly string?[] _values;
    private readonly CellCache[] _caches;

    private CsvRecordReader(string file, RecordKind kind, TextReader text, SepReader sep, string encoding, char separator,
        CellCaches? caches)
    {
        File = file;
        Kind = kind;
        _text = text;
        _sep = sep;
        EncodingName = encoding;
        Separator = separator;
        Columns = HeaderCatalog.Columns(kind);
        _sourceIndex = new int[Columns.Count];
        Array.Fill(_sourceIndex, -1);
        var unknown = new List<(int, string)>();
        var names = sep.Header.ColNames;
        for (var i = 0; i < names.Count; i++)
        {
            var header = TextNormalizer.Nfc(names[i].Trim());
            var canonical = HeaderCatalog.Match(kind, header);
            var at = canonical is null ? -1 : IndexOf(Columns, canonical);
            if (at >= 0 && _sourceIndex[at] < 0) _sourceIndex[at] = i;
            else if (header.Length > 0) unknown.Add((i, header));
        }
        _unknown = [.. unknown];
        HeaderCount = names.Count;
        HeaderLine = string.Join(separator, names.Select(n => n.Contains(separator) || n.Contains('"') || n.Contains('\n')
            ? "\"" + n.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : n));
        _values = new string?[Columns.Count];
        _caches = caches?.For(kind, Columns.Count) ?? [.. Columns.Select(_ => new CellCache())];
        var missing = HeaderCatalog.Required(kind).Where(r => _sourceIndex[IndexOf(Columns, r)] < 0).ToList();
        if (missing.Count > 0)
            throw new FileUnreadableException(
                $"{file}: the header has no column for required {string.Join(", ", missing.Select(m => $"'{m}'"))} " +
                $"(header: {string.Join(Separator, names)})");
    }

    public string File { get; }
    public RecordKind Kind { get; }
    public string EncodingName { get; }
    public char Separator { get; }
    public IReadOnlyList<string> Columns { get; }
    public int HeaderCount { get; }
    public IReadOnlyList<string> UnknownColumns => _unknown.Select(u => u.Name).ToList();

    /// <summary>The header as delivered and the canonical column each cell names (null: unknown).</summary>
    public IReadOnlyList<(string Header, string? Column)> HeaderMatches =>
        [.. _sep.Header.ColNames.Select((name, i) => (name, Array.IndexOf(_sourceIndex, i) is >= 0 and var c ? Columns[c] : null))];

    /// <summary>1-based line of the current row in the file (the header is line 1).</summary>
    public long Line { get; private set; }

    /// <summary>Fields in the current row; differs from <see cref="HeaderCount"/> for a broken row.</summary>
    public int FieldCount { get; private set; }

    /// <summary>The current row exactly as delivered (decoded), for the quarantine; made only when asked.
    /// A control character shows as its Unicode picture (NUL as ␀): the warehouse stores no NUL.</summary>
    public string Raw => Pictured(_sep.Current.Span);

    /// <summary>The header line as delivered (decoded), to re-read quarantined rows later.</summary>
    public string HeaderLine { get; }

    /// <summary>The canonical column (or, for a column nobody asked for, its header) of the first cell
    /// of the current row holding a control character (NUL, …; tab, CR and LF are text), or null.</summary>
    public string? ControlCharacterColumn { get; private set; }

    /// <summary>The column of the first cell of the current row longer than <see cref="MaxCellChars"/>, or null.</summary>
    public string? OverlongColumn { get; private set; }

    /// <summary>The longest cell accepted, in characters (Excel's own limit).</summary>
    public const int MaxCellChars = 32_767;

    /// <summary>Unknown columns of the current row as a JSON object, or null when there are none.</summary>
    public string? Extra { get; private set; }

    /// <summary>Cell of a canonical column (index into <see cref="Columns"/>): trimmed NFC, null when empty or absent.</summary>
    public string? this[int column] => _values[column];

    public static int IndexOf(IReadOnlyList<string> columns, string name)
    {
        for (var i = 0; i < columns.Count; i++) if (columns[i] == name) return i;
        return -1;
    }

    /// <summary>Moves to the next non-blank row. I/O and decoding failures surface as <see cref="FileUnreadableException"/>.</summary>
    public bool Read()
    {
        while (true)
        {
            try
            {
                if (!_sep.MoveNext()) return false;
            }
            catch (Exception e) when (e is IOException or InvalidDataException or DecoderFallbackException)
            {
                throw new FileUnreadableException($"{File}: could not be read after line {Line}: {e.Message}", e);
            }
            var row = _sep.Current;
            Line = row.LineNumberFrom;
            FieldCount = row.ColCount;
            if (FieldCount == 1 && row[0].Span.Trim().IsEmpty) continue;   // a blank line carries nothing
            for (var c = 0; c < _values.Length; c++)
            {
                var at = _sourceIndex[c];
                _values[c] = at >= 0 && at < FieldCount ? _caches[c].Get(row[at].Span) : null;
            }
            Extra = _unknown.Length == 0 ? null : UnknownAsJson(row);
            ControlCharacterColumn = row.Span.IndexOfAny(ControlCharacters) >= 0
                ? ColumnWhere(row, c => c.IndexOfAny(ControlCharacters) >= 0)
                : null;
            OverlongColumn = row.Span.Length > MaxCellChars ? ColumnWhere(row, c => c.Length > MaxCellChars) : null;
            return true;
        }
    }

    private delegate bool CellTest(ReadOnlySpan<char> cell);

    /// <summary>The name of the first column whose cell passes the test ("(column n)" past the header).</summary>
    private string? ColumnWhere(SepReader.Row row, CellTest test)
    {
        for (var i = 0; i < row.ColCount; i++)
        {
            if (!test(row[i].Span)) continue;
            var canonical = Array.IndexOf(_sourceIndex, i);
            if (canonical >= 0) return Columns[canonical];
            foreach (var (index, name) in _unknown) if (index == i) return name;
            return $"(column {i + 1})";
        }
        return null;
    }

    private static string Pictured(ReadOnlySpan<char> text)
    {
        if (text.IndexOfAny(ControlCharacters) < 0) return text.ToString();
        var chars = text.ToArray();
        for (var i = 0; i < chars.Length; i++)
            if (chars[i] < 0x20 && chars[i] is not ('\t' or '\r' or '\n')) chars[i] = (char)(0x2400 + chars[i]);
        return new string(chars);
    }

    private string? UnknownAsJson(SepReader.Row row)
    {
        using var buffer = new MemoryStream();
        // Relaxed escaping keeps Vietnamese readable in the warehouse; this JSON never reaches HTML.
        var options = new System.Text.Json.JsonWriterOptions
        {
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        using (var json = new System.Text.Json.Utf8JsonWriter(buffer, options))
        {
            json.WriteStartObject();
            var any = false;
            foreach (var (index, name) in _unknown)
            {
                if (index >= row.ColCount) continue;
                var value = TextNormalizer.Cell(row[index].Span);
                if (value is null) continue;
                json.WriteString(name, value);
                any = true;
            }
            json.WriteEndObject();
            if (!any) return null;
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    public void Dispose()
    {
        _sep.Dispose();
        _text.Dispose();
    }
}
