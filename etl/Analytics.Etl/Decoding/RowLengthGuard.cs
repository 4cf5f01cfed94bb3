namespace Analytics.Etl.Decoding;

/// <summary>The text of a delivered CSV file on its way to the parser, with one bound: no row longer
/// than <see cref="MaxRowChars"/>. A quote opened and never closed turns the rest of a file into one
/// "row" that a parser would buffer whole; past the bound the file is refused with the line where that
/// row began. Quotes are counted the way the parser does (every '"' toggles), so a row's end is a line
/// break outside quotes.</summary>
internal sealed class RowLengthGuard(TextReader inner, string file) : TextReader
{
    /// <summary>The longest row accepted, in characters (a rating row is a few hundred).</summary>
    public const int MaxRowChars = 1 << 20;

    private bool _quoted;
    private long _rowChars;
    private long _line = 1, _rowStart = 1;

    public override int Read(Span<char> buffer)
    {
        var n = inner.Read(buffer);
        Watch(buffer[..n]);
        return n;
    }

    public override int Read(char[] buffer, int index, int count)
    {
        var n = inner.Read(buffer, index, count);
        Watch(buffer.AsSpan(index, n));
        return n;
    }

    public override int Read()
    {
        var c = inner.Read();
        if (c >= 0) Watch([(char)c]);
        return c;
    }

    public override int Peek() => inner.Peek();

    private void Watch(ReadOnlySpan<char> chars)
    {
        foreach (var c in chars)
        {
            if (c == '"') _quoted = !_quoted;
            else if (c == '\n')
            {
                _line++;
                if (!_quoted)
                {
                    _rowChars = 0;
                    _rowStart = _line;
                    continue;
                }
            }
            if (++_rowChars > MaxRowChars)
                throw new FileUnreadableException(
                    $"{file}: the row beginning on line {_rowStart} is longer than {MaxRowChars:N0} characters — " +
                    "most likely a quote (\") opened and never closed; close it (or double a quote inside a cell: \"\") " +
                    "and send the file again");
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }
}
