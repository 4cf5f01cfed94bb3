using System.Globalization;
using System.Xml;
using Analytics.Etl.Sources;

namespace Analytics.Etl.Workbooks;

// One sheet, row by row, into interchange CSV.
internal sealed partial class XlsxBook
{
    private readonly List<string?> _row = [];

    /// <summary>Writes a sheet as CSV: its first non-blank row is the header; a blank or missing row
    /// after it is a blank line, so a cell's sheet row is its CSV line when the header is on row 1.
    /// Returns the data rows written.</summary>
    public long WriteSheet(string sheet, InterchangeCsvWriter csv)
    {
        var part = _sheets.First(s => s.Name == sheet).Part;
        using var reader = Part(part);
        long next = 1, width = -1;
        while (!reader.EOF)
        {
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "row") { reader.Read(); continue; }
            var number = long.TryParse(reader.GetAttribute("r"), NumberStyles.None, CultureInfo.InvariantCulture, out var r) ? r : next;
            ReadRow(reader);
            while (_row.Count > 0 && string.IsNullOrEmpty(_row[^1])) _row.RemoveAt(_row.Count - 1);
            if (_row.Count == 0) continue;   // blank: the gap below writes it
            if (width < 0)
            {
                foreach (var cell in _row) csv.Cell(cell);
                csv.EndHeader();
                width = _row.Count;
            }
            else
            {
                for (var gap = next; gap < number; gap++) csv.BlankRow();
                for (var i = 0; i < Math.Max(width, _row.Count); i++) csv.Cell(i < _row.Count ? _row[i] : null);
                csv.EndRow();
            }
            next = number + 1;
        }
        return csv.Rows;
    }

    /// <summary>Reads the &lt;row&gt; the reader is on into <see cref="_row"/> (by column letter; missing
    /// cells are null) and leaves the reader after it.</summary>
    private void ReadRow(XmlReader reader)
    {
        _row.Clear();
        if (reader.IsEmptyElement) { reader.Read(); return; }
        var depth = reader.Depth;
        var column = 0;
        reader.Read();
        while (reader.Depth > depth)
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "c")
            {
                var at = reader.GetAttribute("r") is { } reference ? Column(reference) : column;
                var value = ReadCell(reader);
                while (_row.Count <= at) _row.Add(null);
                _row[at] = value;
                column = at + 1;
            }
            else reader.Read();
        }
        reader.Read();
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
                    ? _strings[index] : throw new InvalidDataException($"{_name}: shared string {raw} does not exist");
            case "b": return raw == "1" ? "true" : "false";
            case "inlineStr" or "str" or "e": return raw;
            case "d": return raw.EndsWith("T00:00:00", StringComparison.Ordinal) ? raw[..^9] : raw;
        }
        if (style is not null && int.TryParse(style, NumberStyles.None, CultureInfo.InvariantCulture, out var s) && s < _dateStyles.Count && _dateStyles[s]
            && double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is > -657435 and < 2958466)
        {
            var date = DateTime.FromOADate(serial + (_date1904 ? 1462 : 0));
            return date.TimeOfDay == TimeSpan.Zero ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : date.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
        }
        // A number as the sheet shows it: binary noise (0.30000000000000004) rounded to 15 digits.
        return raw.Length <= 15 && raw.IndexOfAny(['E', 'e']) < 0 ? raw
            : double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number.ToString("G15", CultureInfo.InvariantCulture) : raw;
    }

    /// <summary>0-based column of a cell reference ("A1" → 0, "AB7" → 27).</summary>
    internal static int Column(string reference)
    {
        var column = 0;
        foreach (var c in reference)
        {
            if (c is >= 'A' and <= 'Z') column = column * 26 + (c - 'A' + 1);
            else if (c is >= 'a' and <= 'z') column = column * 26 + (c - 'a' + 1);
            else break;
        }
        return Math.Max(column - 1, 0);
    }
}
