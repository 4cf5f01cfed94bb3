using System.CommandLine;
using Analytics.Etl.Decoding;
using Analytics.Etl.Sources;
using Analytics.Etl.Workbooks;
using Microsoft.Extensions.Configuration;

namespace Analytics.App.Commands;

/// <summary>`analytics inspect FILE [--source NAME] [--sources FILE] [--rows N]`: what the reader finds in
/// a delivered workbook or CSV file — sheets, the header row found, the columns matched and not, the
/// title's hints, the first rows as they would be loaded — without touching the warehouse, so an
/// operator can write a source's mapping in minutes (docs/workbooks.md).</summary>
internal static class InspectCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new Argument<string>("FILE") { Description = "A delivered .xlsx, .xls, .csv or .txt file" };
        var source = new Option<string?>("--source") { Description = "Read it with this configured source's workbook mappings" };
        var sources = new Option<string?>("--sources")
        {
            Description = "Read the \"Sources\" array from this JSON file instead of appsettings.json",
        };
        var rows = new Option<int>("--rows") { Description = "How many rows to show as read (default 5)", DefaultValueFactory = _ => 5 };
        var command = new Command("inspect", "Show what the reader finds in a workbook or CSV file (no warehouse)")
        {
            file, source, sources, rows,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            if (!File.Exists(path)) throw new ArgumentException($"{path}: no such file");
            var mappings = Mappings(console.Settings, parse.GetValue(source), parse.GetValue(sources));
            var count = Math.Clamp(parse.GetValue(rows), 0, 1000);
            if (Workbook.IsWorkbook(path)) PrintWorkbook(path, mappings, count, console.Out);
            else PrintText(path, count, console.Out);
            return 0;
        });
        return command;
    }

    private static IReadOnlyList<WorkbookMapping> Mappings(Configuration.Settings settings, string? name, string? file)
    {
        if (name is null) return [];
        var configuration = file is null
            ? settings.Configuration
            : new ConfigurationBuilder().AddJsonFile(Path.GetFullPath(file), optional: false).Build();
        var all = SourceCatalog.Bind(configuration);
        var configured = string.Join(", ", all.Select(s => s.Name));
        return (all.FirstOrDefault(s => s.Name == name)
            ?? throw new ArgumentException($"no source named '{name}' is configured (configured: {configured})")).Workbooks;
    }

    private static void PrintWorkbook(string path, IReadOnlyList<WorkbookMapping> mappings, int rows, TextWriter output)
    {
        var sheets = WorkbookInspection.Inspect(path, mappings, rows);
        output.WriteLine($"{Path.GetFileName(path)}: {sheets.Count} sheet(s)");
        foreach (var s in sheets)
        {
            output.WriteLine();
            if (s.Table is not { } t)
            {
                output.WriteLine(s.Sheet.Hidden
                    ? $"sheet '{s.Sheet.Name}': hidden, not read"
                    : $"sheet '{s.Sheet.Name}': no table of a record kind found, not read");
                continue;
            }
            output.WriteLine($"sheet '{s.Sheet.Name}': {RecordKindNames.FileName(t.Kind)}, lands as {s.File}");
            if (!t.Found) output.WriteLine("  no row names enough known columns: the first row is taken as the header");
            output.WriteLine(t.HeaderRows == 2
                ? $"  header: rows {t.HeaderRow}-{t.HeaderRow + 1}; data from row {t.DataStart}"
                : $"  header: row {t.HeaderRow}; data from row {t.DataStart}");
            var unitCode = t.Hints.UnitCode ?? (t.Hints.Unit is null ? null : "(a name, no code)");
            var hints = new[] { ("period", t.Hints.Period, t.Hints.PeriodText), ("unit_code", unitCode, t.Hints.Unit),
                ("role", t.Hints.Role, t.Hints.RoleText) }.Where(h => h.Item2 is not null).ToList();
            if (hints.Count > 0) output.WriteLine($"  title: {string.Join("; ", hints.Select(h => $"{h.Item1} {h.Item2} ('{h.Item3}')"))}");
            output.WriteLine("  columns:");
            var width = Math.Min(40, t.Columns.Select(c => c.Header.Length).DefaultIfEmpty(0).Max());
            foreach (var c in t.Columns) output.WriteLine($"    {c.Letter,-3} {c.Header.PadRight(width)}  {Use(c, t)}");
            if (t.Fixed.Count > 0)
                output.WriteLine($"  every row: {string.Join(", ", t.Fixed.Select(f => $"{f.Column} = {f.Value.Text}"))}");
            output.WriteLine(s.Missing.Count == 0 ? "  required columns: all present"
                : $"  required columns missing: {string.Join(", ", s.Missing)} " +
                    "(the sheet would be rejected; map them in the source's Workbooks)");
            output.WriteLine($"  first {s.Rows.Count} row(s) as read:");
            output.WriteLine("    " + string.Join(" | ", s.Header));
            foreach (var row in s.Rows) output.WriteLine("    " + string.Join(" | ", row.Select(c => c ?? "")));
            foreach (var note in s.Notes) output.WriteLine($"  note: {note}");
        }
    }

    private static string Use(TableColumn column, SheetTable table) => column.Use switch
    {
        ColumnUse.Field => "→ " + column.Name,
        ColumnUse.Pivot => $"→ one row per cell: {table.Pivot!.Value.Into} {column.PivotValue}, {table.Pivot.Value.Value} = the cell",
        ColumnUse.Total => "total of the level columns: checked, not loaded",
        ColumnUse.Ignored => "ignored (row numbers, shares, or mapped to ignore)",
        _ => "unmatched: kept in the row's extra",
    };

    private static void PrintText(string path, int rows, TextWriter output)
    {
        var name = Path.GetFileName(path);
        if (RecordKindNames.FromName(Path.GetFileNameWithoutExtension(path)) is not { } kind)
        {
            output.WriteLine(
                $"{name}: the name names no record kind (units, people, positions, ratings, summaries, residence); it would not be read");
            return;
        }
        var file = new Analytics.Etl.Sources.SubmissionFile(name, new FileInfo(path).Length, () => File.OpenRead(path));
        try
        {
            using var reader = CsvRecordReader.Open(file, kind, null);
            var separator = reader.Separator == '\t' ? "tab" : reader.Separator.ToString();
            output.WriteLine($"{name}: {RecordKindNames.FileName(kind)}, encoding {reader.EncodingName}, separator {separator}");
            output.WriteLine("  columns:");
            foreach (var (header, column) in reader.HeaderMatches)
                output.WriteLine($"    {header,-30} {(column is null ? "unmatched: kept in the row's extra" : "→ " + column)}");
            output.WriteLine($"  first rows as read ({string.Join(" | ", reader.Columns)}):");
            for (var i = 0; i < rows && reader.Read(); i++)
            {
                var cells = Enumerable.Range(0, reader.Columns.Count).Select(c => reader[c] ?? "");
                output.WriteLine($"    line {reader.Line}: " + string.Join(" | ", cells));
            }
        }
        catch (FileUnreadableException e)
        {
            output.WriteLine($"{name}: would be rejected: {e.Message}");
        }
    }
}
