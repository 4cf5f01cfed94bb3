using Analytics.Etl.Decoding;
using Analytics.Etl.Sources;

namespace Analytics.Etl.Workbooks;

/// <summary>A workbook (.xlsx or .xls) as a submission. Each visible sheet whose table is found
/// (<see cref="TableFinder"/>: by its name — "Đơn vị", "Xếp loại", "2. Tổng hợp" — by the source's
/// mapping, or by the columns it has) is written as an interchange CSV file (<see cref="TableWriter"/>),
/// so headers, levels and dates go through the same decoding and validation as a dropped CSV file.
/// Hidden sheets and sheets with no table are passed over with a note.</summary>
internal static class Workbook
{
    /// <summary>Whether the path names a workbook this reader takes (.xlsx, .xls; not Excel's ~$ lock files).</summary>
    public static bool IsWorkbook(string path)
    {
        var name = Path.GetFileName(path);
        return !name.StartsWith("~$", StringComparison.Ordinal)
            && (name.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".xls", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Opens a workbook by what it holds (a zip is .xlsx, an OLE compound file is .xls, whatever
    /// the name says); throws <see cref="InvalidDataException"/> naming the file otherwise.</summary>
    public static ISheetBook Open(string path)
    {
        var name = Path.GetFileName(path);
        Span<byte> magic = stackalloc byte[8];
        int read;
        using (var probe = File.OpenRead(path)) read = probe.ReadAtLeast(magic, magic.Length, throwOnEndOfStream: false);
        magic = magic[..read];
        if (magic.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0])) return XlsBook.Open(path);
        if (magic.StartsWith("PK"u8)) return XlsxBook.Open(path);
        var text = magic.TrimStart((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF, 0x20, 0x09, 0x0D, 0x0A]);
        if (text.StartsWith("<"u8))
            throw new InvalidDataException($"{name}: a web page or XML saved under a workbook's name, not an Excel workbook; " +
                "open it in Excel or LibreOffice and save it as .xlsx");
        throw new InvalidDataException(path.EndsWith(".xls", StringComparison.OrdinalIgnoreCase)
            ? $"{name}: not a readable .xls workbook (it is not an Excel 97–2003 file)"
            : $"{name}: not a readable .xlsx workbook (it is not a zip archive)");
    }

    /// <summary>The sheets of a workbook that hold a table, with the file each becomes; sheets passed
    /// over are said in <paramref name="notes"/>.</summary>
    public static IReadOnlyList<(SheetTable Table, string File)> Plan(ISheetBook book, IReadOnlyList<WorkbookMapping> mappings,
        List<string> notes)
    {
        ArgumentNullException.ThrowIfNull(book);
        ArgumentNullException.ThrowIfNull(notes);
        var mine = mappings.Where(m => NamePattern.Matches(m.File, book.Name)).ToList();
        var visible = book.Sheets.Where(s => !s.Hidden).ToList();
        var tables = new List<(SheetTable, string)>();
        foreach (var sheet in book.Sheets)
        {
            if (sheet.Hidden) { notes.Add($"sheet '{sheet.Name}' is hidden; not read"); continue; }
            var mapping = mine.FirstOrDefault(m => m.Sheet == "*" || (m.Sheet is null ? sheet == visible[0]
                : TextFolding.FoldWords(m.Sheet) == TextFolding.FoldWords(sheet.Name)));
            var named = RecordKindNames.FromName(sheet.Name);
            var kind = mapping is null ? named : RecordKindNames.FromName(mapping.Kind);
            var head = Head(book, sheet);
            if (head.Count == 0) continue;
            var table = TableFinder.Find(sheet, head, book.Merges(sheet), kind, mapping);
            if (table is null) { notes.Add($"sheet '{sheet.Name}': no table of a record kind found; not read"); continue; }
            var file = named == table.Kind ? Landing.SafeSheetName(sheet.Name) + ".csv"
                : $"{RecordKindNames.FileName(table.Kind)} ({Landing.SafeSheetName(sheet.Name)}).csv";
            tables.Add((table, file));
        }
        return tables;
    }

    private static List<SheetRow> Head(ISheetBook book, SheetInfo sheet)
    {
        var head = new List<SheetRow>();
        foreach (var row in book.Rows(sheet))
        {
            head.Add(new SheetRow(row.Number, [.. row.Cells]));
            if (head.Count == TableFinder.SearchRows) break;
        }
        return head;
    }

    /// <summary>Writes every table of the workbook as CSV files in <paramref name="folder"/> and returns
    /// them as one submission (connector "xlsx" or "xls"), its notes said.</summary>
    public static Submission Land(string path, string folder, string name, IReadOnlyList<WorkbookMapping> mappings)
    {
        using var book = Open(path);
        Directory.CreateDirectory(folder);
        var notes = new List<string>();
        var files = new List<string>();
        foreach (var (table, file) in Plan(book, mappings, notes))
        {
            var target = Path.Combine(folder, file);
            using (var csv = new InterchangeCsvWriter(target)) notes.AddRange(Write(book, table, csv).Notes);
            files.Add(target);
        }
        return SubmissionLocator.FromFiles(folder, files, Connector(path), name) with { Notes = notes };
    }

    /// <summary>The workbook as a submission read in place: each table's CSV is produced while it is read
    /// (for `analytics ingest book.xlsx`). A workbook that cannot be opened becomes a submission whose
    /// reading fails with the reason, so the ingest rejects it rather than stopping.</summary>
    public static Submission InPlace(string path, IReadOnlyList<WorkbookMapping>? mappings = null)
    {
        var full = Path.GetFullPath(path);
        var name = Path.GetFileNameWithoutExtension(full);
        mappings ??= [];
        try
        {
            var notes = new WorkbookNotes();
            List<(SheetTable Table, string File)> plan;
            using (var book = Open(full)) plan = [.. Plan(book, mappings, notes.Planned)];
            var files = plan.Select(p => new SubmissionFile(p.File, 0, () => ProducedStream.Start(output =>
            {
                using var book = Open(full);
                using var csv = new InterchangeCsvWriter(output);
                notes.Set(p.File, Write(book, p.Table, csv).Notes);
            }))).ToList();
            return new Submission(name, Connector(full), full, files) { Notes = notes };
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            return Submission.Unreadable(name, Connector(full), full, e.Message);
        }
    }

    private static (long Rows, IReadOnlyList<string> Notes) Write(ISheetBook book, SheetTable table, InterchangeCsvWriter csv)
    {
        try
        {
            return TableWriter.Write(book, table, csv);
        }
        catch (Exception e) when (e is System.Xml.XmlException or FormatException)
        {
            throw new InvalidDataException($"{book.Name}, sheet '{table.Sheet.Name}': could not be read ({e.Message})", e);
        }
    }

    private static string Connector(string path) => path.EndsWith(".xls", StringComparison.OrdinalIgnoreCase) ? "xls" : "xlsx";
}
