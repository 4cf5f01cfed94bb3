using Analytics.Etl.Decoding;
using Analytics.Etl.Sources;

namespace Analytics.Etl.Workbooks;

/// <summary>Finds the table in the first rows of a sheet: the header is the first row whose cells name
/// at least <see cref="MinimumMatches"/> known columns of the record kind (canonical names, the
/// Vietnamese aliases of the CSV path, a mapping's own headers; a wide form's level headings count
/// too); the rows above it are the title block; a second header row under group headings ("Xếp loại"
/// over HTXSNV … KHTNV) is joined to it; a row numbering the columns is skipped. When the sheet's name
/// does not say the kind, the kind whose required columns the table covers is taken, if only one does.</summary>
internal static class TableFinder
{
    /// <summary>Rows searched for the header: a title block is rarely more than a dozen rows.</summary>
    public const int SearchRows = 40;

    /// <summary>Known columns a header row must name.</summary>
    public const int MinimumMatches = 2;

    private static readonly RecordKind[] AllKinds = Enum.GetValues<RecordKind>();

    /// <summary>The table of a sheet, or null when no header is found and the kind is not known.</summary>
    public static SheetTable? Find(SheetInfo sheet, IReadOnlyList<SheetRow> head, IReadOnlyList<CellRange> merges, RecordKind? kind,
        WorkbookMapping? mapping)
    {
        ArgumentNullException.ThrowIfNull(head);
        if (head.Count == 0) return null;
        if (kind is { } known)
            return Try(sheet, head, merges, known, mapping) ?? AsInterchange(sheet, head, known);
        var candidates = AllKinds.Select(k => Try(sheet, head, merges, k, mapping)).OfType<SheetTable>().Where(Covers).ToList();
        var best = candidates.Count == 0 ? 0 : candidates.Max(Score);
        var winners = candidates.Where(c => Score(c) == best).ToList();
        return winners.Count == 1 ? winners[0] : null;
    }

    private static SheetTable? Try(SheetInfo sheet, IReadOnlyList<SheetRow> head, IReadOnlyList<CellRange> merges, RecordKind kind,
        WorkbookMapping? mapping)
    {
        var at = -1;
        if (mapping is { HeaderRow: > 0 } m) at = IndexOfRow(head, m.HeaderRow);
        else
        {
            for (var i = 0; i < head.Count && at < 0; i++)
                if (ColumnClassifier.Matches(kind, head[i].Cells, mapping) >= MinimumMatches) at = i;
        }
        if (at < 0) return null;
        var header = head[at];
        SheetRow? second = at + 1 < head.Count && head[at + 1].Number == header.Number + 1 ? head[at + 1] : null;
        var two = mapping?.HeaderRows switch
        {
            2 => second is not null,
            1 => false,
            _ => second is { } s && ColumnClassifier.Continues(header, s, merges, kind),
        };
        var columns = ColumnClassifier.Classify(kind, header.Cells, two ? second!.Value.Cells : null, header.Number, merges, mapping);
        var last = two ? at + 1 : at;
        var dataStart = head[last].Number + 1;
        if (last + 1 < head.Count && head[last + 1].Number == dataStart && RowShapes.IsColumnNumbering(head[last + 1].Cells)) dataStart++;
        var hints = TitleHints.Read(head.Take(at).Select(r => r.Cells));
        var notes = new List<string>();
        var fixedValues = Fixed(kind, columns, mapping, hints, notes, sheet.Name);
        var pivot = columns.Any(c => c.Use == ColumnUse.Pivot)
            ? (mapping?.Unpivot is { } u ? (u.Into, u.Value) : ("level", "count")) : ((string, string)?)null;
        var codes = mapping?.Codes ?? new Dictionary<string, IReadOnlyDictionary<string, string>>();
        return new SheetTable(sheet, kind, true, header.Number, two ? 2 : 1, dataStart, columns, fixedValues, pivot, hints, codes, notes);
    }

    /// <summary>A sheet named after its kind with no recognisable header: its first row is the header,
    /// as in an interchange sheet, so the reader says which required column it lacks.</summary>
    private static SheetTable AsInterchange(SheetInfo sheet, IReadOnlyList<SheetRow> head, RecordKind kind)
    {
        var header = head[0];
        var columns = header.Cells.Select((text, i) => new TableColumn(i, text ?? "", ColumnUse.Unknown, text ?? "", null))
            .Where(c => c.Header.Length > 0).ToList();
        return new SheetTable(sheet, kind, false, header.Number, 1, header.Number + 1, columns, [], null, TitleHints.None,
            new Dictionary<string, IReadOnlyDictionary<string, string>>(), []);
    }

    /// <summary>Values every row shares: the mapping's, then the title's hints for required columns the
    /// table lacks.</summary>
    private static List<(string, ValueTemplate)> Fixed(RecordKind kind, IReadOnlyList<TableColumn> columns, WorkbookMapping? mapping,
        TitleHints hints, List<string> notes, string sheet)
    {
        var result = new List<(string, ValueTemplate)>();
        var have = new HashSet<string>(columns.Where(c => c.Use == ColumnUse.Field).Select(c => c.Name!), StringComparer.Ordinal);
        if (columns.Any(c => c.Use == ColumnUse.Pivot))
        {
            have.Add(mapping?.Unpivot?.Into ?? "level");
            have.Add(mapping?.Unpivot?.Value ?? "count");
        }
        foreach (var (column, value) in mapping?.Values ?? new Dictionary<string, string>())
        {
            if (have.Add(column)) result.Add((column, ValueTemplate.Parse(value)));
            else notes.Add($"sheet '{sheet}': the mapping's value for '{column}' is not used, the table has that column");
        }
        foreach (var column in HeaderCatalog.Required(kind).Where(c => !have.Contains(c)))
        {
            if (hints.For(column) is not { } hint) continue;
            result.Add((column, ValueTemplate.Parse(hint)));
            have.Add(column);
            notes.Add($"sheet '{sheet}': {column} {hint} is taken from the title ('{hints.Source(column)}'), " +
                $"the table has no {column} column");
        }
        return result;
    }

    /// <summary>Whether the table gives every required column of its kind (found, shared or pivoted).</summary>
    private static bool Covers(SheetTable table)
    {
        var have = new HashSet<string>(table.OutputHeader, StringComparer.Ordinal);
        return HeaderCatalog.Required(table.Kind).All(have.Contains);
    }

    private static int Score(SheetTable table) =>
        table.Columns.Count(c => c.Use == ColumnUse.Field) + (table.Pivot is null ? 0 : 2);

    private static int IndexOfRow(IReadOnlyList<SheetRow> head, int number)
    {
        for (var i = 0; i < head.Count; i++) if (head[i].Number == number) return i;
        return -1;
    }
}
