using Analytics.Etl.Decoding;
using Analytics.Etl.Sources;
using nietras.SeparatedValues;

namespace Analytics.Etl.Workbooks;

/// <summary>What the reader finds in a workbook, for `analytics inspect FILE` (the warehouse is not
/// touched): each sheet, the table found in it (kind, header rows, title hints, what every column is)
/// and the first rows as they would be loaded — enough for an operator to write a mapping.</summary>
internal static class WorkbookInspection
{
    /// <summary>One sheet as found.</summary>
    public sealed record SheetReport(SheetInfo Sheet, SheetTable? Table, string? File, IReadOnlyList<string> Missing,
        IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string?>> Rows, IReadOnlyList<string> Notes);

    public static IReadOnlyList<SheetReport> Inspect(string path, IReadOnlyList<WorkbookMapping> mappings, int rows)
    {
        using var book = Workbook.Open(path);
        var planNotes = new List<string>();
        var plan = Workbook.Plan(book, mappings, planNotes);
        var reports = new List<SheetReport>();
        foreach (var sheet in book.Sheets)
        {
            var notes = planNotes.Where(n => n.StartsWith($"sheet '{sheet.Name}'", StringComparison.Ordinal)).ToList();
            var found = plan.FirstOrDefault(p => p.Table.Sheet == sheet);
            if (found.Table is null)
            {
                reports.Add(new SheetReport(sheet, null, null, [], [], [], notes));
                continue;
            }
            var table = found.Table;
            var buffer = new MemoryStream();
            IReadOnlyList<string> written;
            using (var csv = new InterchangeCsvWriter(buffer)) written = TableWriter.Write(book, table, csv, rows).Notes;
            var lines = ReadCsv(new MemoryStream(buffer.ToArray()));   // a closed MemoryStream still hands out its bytes
            var header = lines.Count > 0 ? lines[0].Select(c => c ?? "").ToList() : [];
            var missing = HeaderCatalog.Required(table.Kind).Where(c => !header.Contains(c)).ToList();
            reports.Add(new SheetReport(sheet, table, found.File, missing, header, [.. lines.Skip(1)], [.. notes, .. written]));
        }
        return reports;
    }

    private static List<string?[]> ReadCsv(Stream stream)
    {
        using var reader = Sep.New(',').Reader(o => o with { HasHeader = false, Unescape = true, DisableColCountCheck = true })
            .From(stream);
        var lines = new List<string?[]>();
        foreach (var row in reader)
        {
            var cells = new string?[row.ColCount];
            for (var i = 0; i < row.ColCount; i++) cells[i] = row[i].Span.IsEmpty ? null : row[i].ToString();
            if (cells.Length == 1 && cells[0] is null) continue;   // a blank line keeping the sheet's row numbers
            lines.Add(cells);
        }
        return lines;
    }
}
