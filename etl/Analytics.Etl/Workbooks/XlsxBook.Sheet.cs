using System.Globalization;
using System.Xml;

namespace Analytics.Etl.Workbooks;

// One sheet, row by row, within Excel's bounds (issue: a 1 KB file naming row 9×10^18 or column
// ZZZZZZ must be refused, not padded or grown without end).
internal sealed partial class XlsxBook
{
    private readonly List<string?> _row = [];

    public IEnumerable<SheetRow> Rows(SheetInfo sheet)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        var where = $"{_name}, sheet '{sheet.Name}'";
        using var reader = Part(_sheets[sheet.Index].Part);
        int next = 1, last = 0;
        long cells = 0;
        while (!reader.EOF)
        {
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "row") { reader.Read(); continue; }
            var number = RowNumber(reader.GetAttribute("r"), next, last, where);
            cells += ReadRow(reader, $"{where}, row {number}");
            if (cells > WorkbookLimits.MaxCellsPerSheet)
                throw new InvalidDataException($"{where}: more than {WorkbookLimits.MaxCellsPerSheet:N0} cells; refused");
            last = number;
            next = number + 1;
            while (_row.Count > 0 && string.IsNullOrEmpty(_row[^1])) _row.RemoveAt(_row.Count - 1);
            if (_row.Count > 0) yield return new SheetRow(number, _row);
        }
    }

    /// <summary>The row's number: its r attribute, or the next one; refused beyond Excel's last row or
    /// out of order (rows are written top to bottom; a lower number would rewrite earlier lines).</summary>
    private static int RowNumber(string? attribute, int next, int last, string where)
    {
        if (attribute is null)
        {
            return next <= WorkbookLimits.MaxRows ? next
                : throw new InvalidDataException($"{where}: more than {WorkbookLimits.MaxRows:N0} rows, Excel's limit; refused");
        }
        if (!int.TryParse(attribute, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            || number is < 1 or > WorkbookLimits.MaxRows)
            throw new InvalidDataException(
                $"{where}: row number '{Clip(attribute)}' is not between 1 and {WorkbookLimits.MaxRows:N0} (Excel's last row); refused");
        if (number <= last)
            throw new InvalidDataException($"{where}: row {number} comes after row {last}; rows out of order, refused");
        return number;
    }

    /// <summary>Reads the &lt;row&gt; the reader is on into <see cref="_row"/> (by column letter; missing
    /// cells are null) and leaves the reader after it. Returns the cells read.</summary>
    private int ReadRow(XmlReader reader, string where)
    {
        _row.Clear();
        if (reader.IsEmptyElement) { reader.Read(); return 0; }
        var depth = reader.Depth;
        int column = 0, cells = 0;
        reader.Read();
        while (reader.Depth > depth)
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "c")
            {
                var reference = reader.GetAttribute("r");
                var at = reference is null ? column : Column(reference);
                if (at < 0 || at >= WorkbookLimits.MaxColumns)
                    throw new InvalidDataException(
                        $"{where}: cell reference '{Clip(reference ?? "")}' is beyond column XFD, Excel's last; refused");
                if (++cells > WorkbookLimits.MaxColumns)
                    throw new InvalidDataException($"{where}: more than {WorkbookLimits.MaxColumns:N0} cells in one row; refused");
                var value = ReadCell(reader);
                if (value is { Length: > WorkbookLimits.MaxCellChars })
                    throw new InvalidDataException(
                        $"{where}, column {WorkbookLimits.ColumnName(at)}: " +
                        $"more than {WorkbookLimits.MaxCellChars:N0} characters in one cell, Excel's limit; refused");
                while (_row.Count <= at) _row.Add(null);
                _row[at] = value;
                column = at + 1;
            }
            else reader.Read();
        }
        reader.Read();
        return cells;
    }

    private string? ReadCell(XmlReader reader)
    {
        var type = reader.GetAttribute("t");
        var style = reader.GetAttribute("s");
        string? raw = null;
        if (reader.IsEmptyElement) { reader.Read(); return null; }
        var depth = reader.Depth;
        reader.Read();
        while (reader.Depth > depth)
        {
            if (reader.NodeType != XmlNodeType.Element) reader.Read();
            else if (reader.LocalName == "v") raw = reader.ReadElementContentAsString();
            else if (reader.LocalName == "is") raw = InlineText(reader);
            else reader.Skip();
        }
        reader.Read();
        if (raw is null) return null;
        switch (type)
        {
            case "s":
                return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < _strings.Count
                    ? _strings[index] : throw new InvalidDataException($"{_name}: shared string {Clip(raw)} does not exist");
            case "b": return raw == "1" ? "true" : "false";
            case "inlineStr" or "str" or "e": return raw;
            case "d": return raw.EndsWith("T00:00:00", StringComparison.Ordinal) ? raw[..^9] : raw;
        }
        if (style is not null && int.TryParse(style, NumberStyles.None, CultureInfo.InvariantCulture, out var s)
            && s < _dateStyles.Count && _dateStyles[s]
            && double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is > -657435 and < 2958466)
        {
            var date = DateTime.FromOADate(serial + (_date1904 ? 1462 : 0));
            return SheetText.Date(date);
        }
        return SheetText.Number(raw);
    }

    /// <summary>0-based column of a cell reference ("A1" → 0, "AB7" → 27, "XFD9" → 16383); −1 when it has
    /// no column letters or more than three (nothing beyond XFD is a column).</summary>
    internal static int Column(string reference)
    {
        var column = 0;
        var letters = 0;
        foreach (var c in reference)
        {
            if (c is >= 'A' and <= 'Z') column = column * 26 + (c - 'A' + 1);
            else if (c is >= 'a' and <= 'z') column = column * 26 + (c - 'a' + 1);
            else break;
            if (++letters > 3) return -1;
        }
        return letters == 0 ? -1 : column - 1;
    }

    /// <summary>Hostile text quoted in a message is cut short.</summary>
    private static string Clip(string text) => text.Length <= 24 ? text : text[..24] + "…";
}
