using Analytics.Etl.Decoding;
using Analytics.Etl.Sources;

namespace Analytics.Etl.Workbooks;

/// <summary>Says what each header cell of a sheet names: a mapping's own headers first, then the row
/// number (STT), a wide form's level columns (summaries: one column per level, or a level's group over
/// "Số lượng" and "Tỷ lệ"), the interchange column by the same aliases as a CSV header, else an unknown
/// column kept under its text.</summary>
internal static class ColumnClassifier
{
    /// <summary>How many known columns a row's cells name for <paramref name="kind"/> (a wide form's
    /// level headings count as two between them).</summary>
    public static int Matches(RecordKind kind, IReadOnlyList<string?> cells, WorkbookMapping? mapping)
    {
        var fields = new HashSet<string>(StringComparer.Ordinal);
        var pivots = 0;
        foreach (var cell in cells)
        {
            if (string.IsNullOrWhiteSpace(cell)) continue;
            if (Mapped(mapping?.Columns, cell) is { } field && field != "ignore") fields.Add(field);
            else if (Mapped(mapping?.Unpivot?.Columns, cell) is not null || LevelHeading(kind, mapping, cell) is not null) pivots++;
            else if (HeaderCatalog.Match(kind, TextNormalizer.Nfc(cell.Trim())) is { } canonical) fields.Add(canonical);
        }
        return fields.Count + (pivots >= 2 ? 2 : 0);
    }

    /// <summary>Whether <paramref name="second"/> is the lower row of a two-row header: merged cells say
    /// so (a group heading spanning columns, or a heading spanning both rows); without merges, when its
    /// cells are headings (no numbers), at least one stands under an empty header cell (a group's span)
    /// and one names a level or a known column.</summary>
    public static bool Continues(SheetRow header, SheetRow second, IReadOnlyList<CellRange> merges, RecordKind kind)
    {
        var top = header.Number - 1;
        if (merges.Count > 0)
            return merges.Any(m => m.FirstRow == top && ((m.LastRow == top && m.LastColumn > m.FirstColumn) || m.LastRow > top));
        var underGap = false;
        var named = false;
        for (var c = 0; c < second.Cells.Count; c++)
        {
            if (second.Cells[c] is not { } text || string.IsNullOrWhiteSpace(text)) continue;
            if (RowShapes.Count(text) is not null) return false;
            if (c >= header.Cells.Count || string.IsNullOrWhiteSpace(header.Cells[c])) underGap = true;
            if (LevelCode(text) is not null || RowShapes.IsCountHeading(text) || RowShapes.IsShareHeading(text)
                || HeaderCatalog.Match(kind, text.Trim()) is not null) named = true;
        }
        return underGap && named;
    }

    /// <summary>The columns of a header (and of its lower row, for a two-row header). A heading in the
    /// lower row belongs to the group heading above it: the one over its own column or, where the upper
    /// cell is part of a merged group (or, without merges, empty), the nearest one to its left.</summary>
    public static List<TableColumn> Classify(RecordKind kind, IReadOnlyList<string?> header, IReadOnlyList<string?>? second,
        int headerNumber, IReadOnlyList<CellRange> merges, WorkbookMapping? mapping)
    {
        var width = Math.Max(header.Count, second?.Count ?? 0);
        var columns = new List<TableColumn>(width);
        var taken = new HashSet<string>(StringComparer.Ordinal);
        string? carried = null;
        for (var c = 0; c < width; c++)
        {
            var top = c < header.Count ? Clean(header[c]) : null;
            var below = second is not null && c < second.Count ? Clean(second[c]) : null;
            string? group = null;
            if (top is not null) carried = top;
            else if (merges.Count > 0) carried = GroupOver(merges, header, headerNumber - 1, c);
            if (below is not null) group = top ?? carried;
            var text = below ?? top;
            if (text is null) continue;
            var shown = group is not null && group != text ? $"{group} / {text}" : text;
            columns.Add(Column(kind, c, text, group == text ? null : group, shown, mapping, taken));
        }
        return WithTotals(columns);
    }

    private static TableColumn Column(RecordKind kind, int index, string text, string? group, string shown, WorkbookMapping? mapping,
        HashSet<string> taken)
    {
        if ((Mapped(mapping?.Columns, shown) ?? Mapped(mapping?.Columns, text)) is { } mapped)
        {
            if (mapped == "ignore") return new TableColumn(index, shown, ColumnUse.Ignored, null, null);
            return taken.Add(mapped)
                ? new TableColumn(index, shown, ColumnUse.Field, mapped, null)
                : new TableColumn(index, shown, ColumnUse.Unknown, shown, null);
        }
        if (RowShapes.IsRowNumberHeader(text)) return new TableColumn(index, shown, ColumnUse.Ignored, null, null);
        if (mapping?.Unpivot is { } unpivot)
        {
            if ((Mapped(unpivot.Columns, shown) ?? Mapped(unpivot.Columns, text)) is { } value)
                return new TableColumn(index, shown, ColumnUse.Pivot, null, value);
        }
        else if (kind == RecordKind.Summaries)
        {
            if (LevelCode(text) is { } level) return new TableColumn(index, shown, ColumnUse.Pivot, null, level);
            if (group is not null && LevelCode(group) is { } groupLevel)
            {
                if (RowShapes.IsCountHeading(text)) return new TableColumn(index, shown, ColumnUse.Pivot, null, groupLevel);
                if (RowShapes.IsShareHeading(text)) return new TableColumn(index, shown, ColumnUse.Ignored, null, null);
            }
        }
        if (HeaderCatalog.Match(kind, TextNormalizer.Nfc(text)) is { } canonical && taken.Add(canonical))
            return new TableColumn(index, shown, ColumnUse.Field, canonical, null);
        return new TableColumn(index, shown, ColumnUse.Unknown, shown, null);
    }

    /// <summary>A wide summary's total column ("Tổng số") beside its level columns is a check, not the count.</summary>
    private static List<TableColumn> WithTotals(List<TableColumn> columns)
    {
        if (!columns.Any(c => c.Use == ColumnUse.Pivot)) return columns;
        return [.. columns.Select(c => c is { Use: ColumnUse.Field, Name: "count" } ? c with { Use = ColumnUse.Total, Name = null } : c)];
    }

    /// <summary>The level code a heading names ("HTXSNV", "Hoàn thành tốt nhiệm vụ" → HTTNV, "Không xếp
    /// loại" → not_rated), or null.</summary>
    public static string? LevelCode(string text)
    {
        var reading = LevelParser.Parse(text);
        return reading.Outcome switch
        {
            LevelOutcome.Level => reading.Level switch
            {
                RatingLevel.Excellent => "HTXSNV",
                RatingLevel.Good => "HTTNV",
                RatingLevel.Completed => "HTNV",
                _ => "KHTNV",
            },
            LevelOutcome.NotRated => "not_rated",
            _ => null,
        };
    }

    private static string? LevelHeading(RecordKind kind, WorkbookMapping? mapping, string text) =>
        kind == RecordKind.Summaries && mapping?.Unpivot is null ? LevelCode(text) : null;

    /// <summary>A mapping's value for a header, matched without case or diacritics.</summary>
    public static string? Mapped(IReadOnlyDictionary<string, string>? map, string text)
    {
        if (map is null || map.Count == 0) return null;
        var folded = TextFolding.FoldWords(text);
        foreach (var (key, value) in map)
            if (TextFolding.FoldWords(key) == folded) return value;
        return null;
    }

    /// <summary>The text of the merged group heading whose span covers <paramref name="column"/>, or null.</summary>
    private static string? GroupOver(IReadOnlyList<CellRange> merges, IReadOnlyList<string?> header, int row, int column)
    {
        foreach (var m in merges)
            if (m.FirstRow <= row && m.LastRow >= row && m.FirstColumn < column && m.LastColumn >= column)
                return m.FirstColumn < header.Count ? Clean(header[m.FirstColumn]) : null;
        return null;
    }

    private static string? Clean(string? cell) =>
        string.IsNullOrWhiteSpace(cell)
            ? null
            : TextNormalizer.Nfc(string.Join(' ', cell.Split((char[])['\n', '\r', '\t', ' '], StringSplitOptions.RemoveEmptyEntries)));
}
