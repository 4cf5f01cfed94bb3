using System.Buffers;
using System.Globalization;
using System.Text;

namespace Analytics.Etl.Sources;

/// <summary>Writes rows that arrived as cells (a sheet, a query, JSON items) as an interchange CSV file
/// (UTF-8, comma, RFC 4180 quoting), so that they are landed as delivered and then decoded and
/// validated by the very reader that reads dropped CSV files.</summary>
internal sealed class InterchangeCsvWriter : IDisposable
{
    private static readonly SearchValues<char> NeedsQuotes = SearchValues.Create(",\"\r\n");
    private readonly StreamWriter _writer;
    private bool _first = true;

    public InterchangeCsvWriter(Stream output) =>
        _writer = new StreamWriter(output, new UTF8Encoding(false), 1 << 16);

    public InterchangeCsvWriter(string path)
        : this(new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16)) { }

    /// <summary>Rows written after the header.</summary>
    public long Rows { get; private set; }

    public void Header(IEnumerable<string> names)
    {
        foreach (var name in names) Cell(name);
        _writer.Write('\n');
        _first = true;
    }

    /// <summary>Writes one cell of the current row; null is an empty cell.</summary>
    public void Cell(ReadOnlySpan<char> value)
    {
        if (!_first) _writer.Write(',');
        _first = false;
        if (value.IndexOfAny(NeedsQuotes) < 0 && (value.IsEmpty || (value[0] != ' ' && value[^1] != ' ')))
        {
            _writer.Write(value);
            return;
        }
        _writer.Write('"');
        int quote;
        while ((quote = value.IndexOf('"')) >= 0)
        {
            _writer.Write(value[..(quote + 1)]);
            _writer.Write('"');
            value = value[(quote + 1)..];
        }
        _writer.Write(value);
        _writer.Write('"');
    }

    public void Cell(string? value) => Cell(value.AsSpan());

    /// <summary>A typed value as the interchange text of it: dates ISO, numbers invariant, booleans true/false.</summary>
    public void Value(object? value)
    {
        switch (value)
        {
            case null or DBNull: Cell(ReadOnlySpan<char>.Empty); break;
            case string s: Cell(s); break;
            case bool b: Cell(b ? "true" : "false"); break;
            case DateTime d:
                Cell(d.TimeOfDay == TimeSpan.Zero
                    ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                    : d.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture));
                break;
            case DateOnly d: Cell(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)); break;
            case DateTimeOffset d: Cell(d.ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture)); break;
            case double x when Math.Abs(x) < 1e15 && x == Math.Floor(x): Cell(((long)x).ToString(CultureInfo.InvariantCulture)); break;
            case double x: Cell(x.ToString("R", CultureInfo.InvariantCulture)); break;
            case byte[] bytes: Cell(Convert.ToBase64String(bytes)); break;
            case IFormattable f: Cell(f.ToString(null, CultureInfo.InvariantCulture)); break;
            default: Cell(value.ToString()); break;
        }
    }

    /// <summary>Ends the current row.</summary>
    public void EndRow()
    {
        _writer.Write('\n');
        _first = true;
        Rows++;
    }

    /// <summary>Ends the header row (cells written with <see cref="Value"/>).</summary>
    public void EndHeader()
    {
        _writer.Write('\n');
        _first = true;
    }

    /// <summary>An empty line (a blank sheet row keeps the line numbers of the rows after it).</summary>
    public void BlankRow()
    {
        _writer.Write('\n');
        _first = true;
    }

    /// <summary>Pushes what is written so far to the stream (readers of a growing file see it).</summary>
    public void Flush() => _writer.Flush();

    public void Dispose() => _writer.Dispose();
}
