using System.Globalization;
using System.IO.Compression;
using System.Xml;
using Analytics.Etl.Sources;

namespace Analytics.Etl.Workbooks;

/// <summary>A streaming reader of .xlsx workbooks (SpreadsheetML in a zip): the sheet list, the shared
/// strings and which cell styles are dates are read once; a sheet is then read row by row with an
/// XmlReader, never holding more than one row. Kept over ExcelDataReader for .xlsx after measuring both
/// (docs/workbooks.md "Which reader"): faster and flatter in memory on a million-row sheet.</summary>
internal sealed partial class XlsxBook : ISheetBook
{
    private const string MainNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string RelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static readonly XmlReaderSettings Settings = new()
    {
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
    };

    private readonly ZipArchive _zip;
    private readonly string _name;
    private readonly List<(SheetInfo Info, string Part)> _sheets = [];
    private readonly List<string> _strings = [];
    private readonly List<bool> _dateStyles = [];
    private bool _date1904;

    private XlsxBook(ZipArchive zip, string name)
    {
        _zip = zip;
        _name = name;
    }

    /// <summary>Opens a workbook; throws <see cref="InvalidDataException"/> naming the file for anything
    /// that is not a safe, readable workbook.</summary>
    public static XlsxBook Open(string path)
    {
        var name = Path.GetFileName(path);
        ZipArchive zip;
        try { zip = ZipFile.OpenRead(path); }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            throw new InvalidDataException($"{name}: not a readable .xlsx workbook ({e.Message})", e);
        }
        var book = new XlsxBook(zip, name);
        try
        {
            if (ZipGuard.Refusal(zip, name) is { } refusal) throw new InvalidDataException(refusal);
            book.ReadWorkbook();
            book.ReadSharedStrings();
            book.ReadStyles();
            return book;
        }
        catch (Exception e) when (e is XmlException or InvalidDataException or IOException or FormatException or KeyNotFoundException)
        {
            zip.Dispose();
            throw e is InvalidDataException { Message: var m } && m.StartsWith(name, StringComparison.Ordinal) ? e
                : new InvalidDataException($"{name}: not a readable .xlsx workbook ({e.Message})", e);
        }
    }

    public string Name => _name;

    public IReadOnlyList<SheetInfo> Sheets => [.. _sheets.Select(s => s.Info)];

    private XmlReader Part(string part)
    {
        var entry = _zip.GetEntry(part) ?? throw new InvalidDataException($"{_name}: part '{part}' is missing");
        return XmlReader.Create(ZipGuard.Open(entry, _name), Settings);
    }

    private void ReadWorkbook()
    {
        var targets = new Dictionary<string, string>(StringComparer.Ordinal);
        using (var rels = Part("xl/_rels/workbook.xml.rels"))
            while (rels.ReadToFollowing("Relationship"))
            {
                var target = rels.GetAttribute("Target") ?? "";
                targets[rels.GetAttribute("Id") ?? ""] = target.StartsWith('/') ? target[1..] : "xl/" + target;
            }
        using var workbook = Part("xl/workbook.xml");
        while (workbook.Read())
        {
            if (workbook.NodeType != XmlNodeType.Element || workbook.NamespaceURI != MainNs) continue;
            if (workbook.LocalName == "workbookPr") _date1904 = workbook.GetAttribute("date1904") is "1" or "true";
            else if (workbook.LocalName == "sheet")
            {
                // state="hidden" or "veryHidden": a sheet the office keeps out of sight (lists, old copies).
                var hidden = workbook.GetAttribute("state") is { } state && !state.Equals("visible", StringComparison.OrdinalIgnoreCase);
                var info = new SheetInfo(workbook.GetAttribute("name") ?? "", hidden, _sheets.Count);
                _sheets.Add((info, targets[workbook.GetAttribute("id", RelNs) ?? ""]));
            }
        }
    }

    private void ReadSharedStrings()
    {
        if (_zip.GetEntry("xl/sharedStrings.xml") is null) return;
        using var sst = Part("xl/sharedStrings.xml");
        sst.MoveToContent();
        while (!sst.EOF)
        {
            if (sst.NodeType == XmlNodeType.Element && sst.LocalName == "si") _strings.Add(InlineText(sst));
            else sst.Read();
        }
    }

    private void ReadStyles()
    {
        if (_zip.GetEntry("xl/styles.xml") is null) return;
        var custom = new Dictionary<int, bool>();
        using var styles = Part("xl/styles.xml");
        var inCellXfs = false;
        while (styles.Read())
        {
            if (styles.NodeType == XmlNodeType.EndElement && styles.LocalName == "cellXfs") inCellXfs = false;
            if (styles.NodeType != XmlNodeType.Element) continue;
            switch (styles.LocalName)
            {
                case "numFmt":
                    var formatId = int.Parse(styles.GetAttribute("numFmtId") ?? "0", CultureInfo.InvariantCulture);
                    custom[formatId] = IsDateFormat(styles.GetAttribute("formatCode") ?? "");
                    break;
                case "cellXfs":
                    inCellXfs = !styles.IsEmptyElement;
                    break;
                case "xf" when inCellXfs:
                    var id = int.Parse(styles.GetAttribute("numFmtId") ?? "0", CultureInfo.InvariantCulture);
                    var builtInDate = id is (>= 14 and <= 22) or (>= 27 and <= 36) or (>= 45 and <= 47) or (>= 50 and <= 58);
                    _dateStyles.Add(custom.TryGetValue(id, out var isDate) ? isDate : builtInDate);
                    break;
            }
        }
    }

    /// <summary>A number format shows a date or time when, outside quoted text and [brackets], it has
    /// date or time letters and no digit placeholders.</summary>
    internal static bool IsDateFormat(string code)
    {
        bool quoted = false, bracket = false, letters = false;
        for (var i = 0; i < code.Length; i++)
        {
            var c = code[i];
            if (c == '"') { quoted = !quoted; continue; }
            if (quoted) continue;
            if (c == '\\' || c == '_' || c == '*') { i++; continue; }
            if (c == '[') { bracket = true; continue; }
            if (c == ']') { bracket = false; continue; }
            if (bracket) continue;
            if (c is '0' or '#' or '?' or '@') return false;
            if (char.ToLowerInvariant(c) is 'y' or 'd' or 'm' or 'h' or 's') letters = true;
        }
        return letters && !code.Equals("General", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The text of the &lt;si&gt; or &lt;is&gt; element the reader is on: its &lt;t&gt;, or its runs'
    /// &lt;t&gt;s joined (phonetic &lt;rPh&gt; runs left out). Leaves the reader on the node after the element.</summary>
    private static string InlineText(XmlReader reader)
    {
        if (reader.IsEmptyElement) { reader.Read(); return ""; }
        var depth = reader.Depth;
        string? single = null;
        System.Text.StringBuilder? runs = null;
        reader.Read();
        while (reader.Depth > depth)
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "t")
            {
                var text = reader.ReadElementContentAsString();
                if (single is null && runs is null) single = text;
                else (runs ??= new System.Text.StringBuilder(single)).Append(text);
            }
            else if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "rPh") reader.Skip();
            else reader.Read();
        }
        reader.Read();
        return runs?.ToString() ?? single ?? "";
    }

    public void Dispose() => _zip.Dispose();
}
