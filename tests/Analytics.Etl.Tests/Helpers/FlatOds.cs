using System.Globalization;
using System.Security;
using System.Text;

namespace Analytics.Etl.Tests.Helpers;

/// <summary>Writes a flat OpenDocument spreadsheet (.fods: plain XML) for LibreOffice to turn into .xlsx
/// or .xls: sheets (hidden ones too) of rows of cells — text, numbers, dates — and cells merged across
/// columns and down rows, as the official forms of a commune office have them.</summary>
internal sealed class FlatOds
{
    private readonly List<(string Name, bool Hidden, List<List<Cell>> Rows)> _sheets = [];

    /// <summary>One cell: text, a number or a date; spanning columns and rows when merged.</summary>
    public readonly record struct Cell(string? Text, double? Number = null, DateOnly? Date = null, int Across = 1, int Down = 1);

    public static Cell T(string text, int across = 1, int down = 1) => new(text, Across: across, Down: down);
    public static Cell N(double number) => new(null, Number: number);
    public static Cell D(int year, int month, int day) => new(null, Date: new DateOnly(year, month, day));
    public static readonly Cell Empty = new(null);

    public FlatOds Sheet(string name, IEnumerable<Cell[]> rows, bool hidden = false)
    {
        _sheets.Add((name, hidden, rows.Select(r => r.ToList()).ToList()));
        return this;
    }

    public string Write(string path)
    {
        var xml = new StringBuilder("""
            <?xml version="1.0" encoding="UTF-8"?>
            <office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
                xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
                xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"
                xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
                office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
             <office:automatic-styles>
              <number:date-style style:name="N37">
               <number:day number:style="long"/><number:text>/</number:text><number:month number:style="long"/><number:text>/</number:text>
               <number:year/>
              </number:date-style>
              <style:style style:name="ce1" style:family="table-cell" style:data-style-name="N37"/>
              <style:style style:name="ta1" style:family="table"><style:table-properties table:display="true"/></style:style>
              <style:style style:name="ta2" style:family="table"><style:table-properties table:display="false"/></style:style>
             </office:automatic-styles>
             <office:body><office:spreadsheet>

            """);
        foreach (var (name, hidden, rows) in _sheets)
        {
            var (escaped, style) = (SecurityElement.Escape(name), hidden ? "ta2" : "ta1");
            xml.Append(CultureInfo.InvariantCulture, $"""<table:table table:name="{escaped}" table:style-name="{style}">""").Append('\n');
            var covered = new HashSet<(int, int)>();
            for (var r = 0; r < rows.Count; r++)
            {
                xml.Append("<table:table-row>");
                var c = 0;
                foreach (var cell in rows[r])
                {
                    while (covered.Contains((r, c))) { xml.Append("<table:covered-table-cell/>"); c++; }
                    xml.Append(Render(cell));
                    for (var dr = 0; dr < cell.Down; dr++)
                        for (var dc = 0; dc < cell.Across; dc++)
                            if (dr > 0 || dc > 0) covered.Add((r + dr, c + dc));
                    c++;
                    for (var dc = 1; dc < cell.Across; dc++, c++) xml.Append("<table:covered-table-cell/>");
                }
                while (covered.Contains((r, c))) { xml.Append("<table:covered-table-cell/>"); c++; }
                xml.Append("</table:table-row>\n");
            }
            xml.Append("</table:table>\n");
        }
        xml.Append("</office:spreadsheet></office:body></office:document>\n");
        File.WriteAllText(path, xml.ToString(), new UTF8Encoding(false));
        return path;
    }

    private static string Render(Cell cell)
    {
        var span = (cell.Across > 1 ? $" table:number-columns-spanned=\"{cell.Across}\"" : "")
            + (cell.Down > 1 ? $" table:number-rows-spanned=\"{cell.Down}\"" : "");
        if (cell.Date is { } d)
            return $"""<table:table-cell table:style-name="ce1" office:value-type="date" office:date-value="{d:yyyy-MM-dd}"{span}>"""
                + $"<text:p>{d:dd/MM/yyyy}</text:p></table:table-cell>";
        if (cell.Number is { } n)
        {
            var number = n.ToString(CultureInfo.InvariantCulture);
            return $"""<table:table-cell office:value-type="float" office:value="{number}"{span}>"""
                + $"<text:p>{number}</text:p></table:table-cell>";
        }
        if (cell.Text is { } t)
            return $"""<table:table-cell office:value-type="string"{span}>"""
                + $"<text:p>{SecurityElement.Escape(t)}</text:p></table:table-cell>";
        return $"<table:table-cell{span}/>";
    }
}
