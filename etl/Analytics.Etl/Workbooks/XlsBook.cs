using System.Text;
using ExcelDataReader;
using ExcelDataReader.Exceptions;

namespace Analytics.Etl.Workbooks;

/// <summary>An Excel 97–2003 workbook (.xls, BIFF8 in an OLE compound file), still what most commune
/// offices save, read with ExcelDataReader under the same bounds as .xlsx: the file's size, columns per
/// row, rows per sheet, characters per cell (<see cref="WorkbookLimits"/>). Its sheet names, hidden
/// state and merged ranges come from the workbook itself.</summary>
internal sealed class XlsBook : ISheetBook
{
    private readonly FileStream _stream;
    private readonly IExcelDataReader _reader;
    private readonly List<SheetInfo> _sheets = [];
    private readonly List<IReadOnlyList<CellRange>> _merges = [];
    private readonly List<string?> _row = [];

    static XlsBook()
    {
        // BIFF8 text in older files is in the workbook's code page (1258 for Vietnamese Windows);
        // ExcelDataReader decodes it through the registered providers. Registering twice is harmless.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    private XlsBook(string name, FileStream stream, IExcelDataReader reader)
    {
        Name = name;
        _stream = stream;
        _reader = reader;
        do
        {
            var hidden = !string.Equals(reader.VisibleState, "visible", StringComparison.OrdinalIgnoreCase);
            _sheets.Add(new SheetInfo(reader.Name ?? "", hidden, _sheets.Count));
            _merges.Add([.. (reader.MergeCells ?? []).Select(m => new CellRange(m.FromRow, m.FromColumn, m.ToRow, m.ToColumn))]);
            if (_merges[^1].Count > WorkbookLimits.MaxMerges)
                throw new InvalidDataException(
                    $"{name}, sheet '{reader.Name}': more than {WorkbookLimits.MaxMerges:N0} merged ranges; refused");
        }
        while (reader.NextResult());
    }

    public string Name { get; }

    public IReadOnlyList<SheetInfo> Sheets => _sheets;

    /// <summary>Opens an .xls file; throws <see cref="InvalidDataException"/> naming the file for anything
    /// that is not a safe, readable workbook (too large, not BIFF8, password-protected, corrupt).</summary>
    public static XlsBook Open(string path)
    {
        var name = Path.GetFileName(path);
        var length = new FileInfo(path).Length;
        if (length > WorkbookLimits.MaxXlsBytes)
            throw new InvalidDataException($"{name}: {length / (1 << 20):N0} MiB, " +
                $"larger than the {WorkbookLimits.MaxXlsBytes >> 20} MiB an .xls workbook can hold; refused");
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        try
        {
            var reader = ExcelReaderFactory.CreateBinaryReader(stream, new ExcelReaderConfiguration { LeaveOpen = true });
            try
            {
                return new XlsBook(name, stream, reader);
            }
            catch
            {
                reader.Dispose();
                throw;
            }
        }
        catch (InvalidPasswordException e)
        {
            stream.Dispose();
            throw new InvalidDataException($"{name}: the workbook is password-protected; save it without a password and send it again", e);
        }
        catch (Exception e) when (e is ExcelReaderException or InvalidDataException or IOException or NotSupportedException
            or ArgumentException or InvalidOperationException or IndexOutOfRangeException or OverflowException or EndOfStreamException)
        {
            stream.Dispose();
            throw e is InvalidDataException { Message: var m } && m.StartsWith(name, StringComparison.Ordinal) ? e
                : new InvalidDataException($"{name}: not a readable .xls workbook ({e.Message})", e);
        }
    }

    public IEnumerable<SheetRow> Rows(SheetInfo sheet)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        var where = $"{Name}, sheet '{sheet.Name}'";
        MoveTo(sheet.Index);
        if (_reader.FieldCount > WorkbookLimits.MaxColumns)
            throw new InvalidDataException($"{where}: {_reader.FieldCount:N0} columns, beyond column XFD, Excel's last; refused");
        var number = 0;
        long cells = 0;
        while (Read(where))
        {
            if (++number > WorkbookLimits.MaxRows)
                throw new InvalidDataException($"{where}: more than {WorkbookLimits.MaxRows:N0} rows, Excel's limit; refused");
            _row.Clear();
            for (var i = 0; i < _reader.FieldCount; i++)
            {
                var text = SheetText.Of(_reader.GetValue(i));
                if (text is { Length: > WorkbookLimits.MaxCellChars })
                    throw new InvalidDataException(
                        $"{where}, row {number}, column {WorkbookLimits.ColumnName(i)}: " +
                        $"more than {WorkbookLimits.MaxCellChars:N0} characters in one cell; refused");
                _row.Add(text);
                if (text is not null) cells++;
            }
            if (cells > WorkbookLimits.MaxCellsPerSheet)
                throw new InvalidDataException($"{where}: more than {WorkbookLimits.MaxCellsPerSheet:N0} cells; refused");
            while (_row.Count > 0 && string.IsNullOrWhiteSpace(_row[^1])) _row.RemoveAt(_row.Count - 1);
            if (_row.Count > 0) yield return new SheetRow(number, _row);
        }
    }

    public IReadOnlyList<CellRange> Merges(SheetInfo sheet) => _merges[sheet.Index];

    private void MoveTo(int index)
    {
        _reader.Reset();
        for (var i = 0; i < index; i++) _reader.NextResult();
    }

    private bool Read(string where)
    {
        try
        {
            return _reader.Read();
        }
        catch (Exception e) when (e is ExcelReaderException or IOException or ArgumentException or InvalidOperationException
            or IndexOutOfRangeException or OverflowException or EndOfStreamException or DecoderFallbackException)
        {
            throw new InvalidDataException($"{where}: could not be read ({e.Message})", e);
        }
    }

    public void Dispose()
    {
        _reader.Dispose();
        _stream.Dispose();
    }
}
