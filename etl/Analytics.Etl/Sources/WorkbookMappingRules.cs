using Analytics.Etl.Decoding;
using Analytics.Etl.Workbooks;

namespace Analytics.Etl.Sources;

/// <summary>Checks a <see cref="WorkbookMapping"/> at start-up, so a wrong value fails with one sentence
/// naming the source, the entry and the field, instead of a workbook loading wrong.</summary>
internal static class WorkbookMappingRules
{
    private const string Kinds = "units, people, positions, ratings, summaries or residence";

    public static void Check(WorkbookMapping mapping, string label)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        if (string.IsNullOrWhiteSpace(mapping.File)) throw new ArgumentException($"{label}: File is empty; write \"*\" for every workbook");
        if (RecordKindNames.FromName(mapping.Kind) is not { } kind || RecordKindNames.FileName(kind) != mapping.Kind)
            throw new ArgumentException($"{label}: Kind '{mapping.Kind}' is not a record kind ({Kinds})");
        if (mapping.HeaderRow is < 0 or > WorkbookLimits.MaxRows)
            throw new ArgumentException(
                $"{label}: HeaderRow {mapping.HeaderRow} is not a sheet row (1–{WorkbookLimits.MaxRows:N0}, or 0 to find it)");
        if (mapping.HeaderRows is < 0 or > 2)
            throw new ArgumentException($"{label}: HeaderRows {mapping.HeaderRows} must be 1 or 2 (0: tell from the sheet)");
        var columns = HeaderCatalog.Columns(kind);
        var ofKind = $"of {mapping.Kind} ({string.Join(", ", columns)})";
        foreach (var (header, column) in mapping.Columns)
            if (column != "ignore" && !columns.Contains(column))
                throw new ArgumentException($"{label}: Columns['{header}'] is '{column}', which is not a column {ofKind} nor \"ignore\"");
        var placeholders = $"{{{string.Join("}, {", ValueTemplate.SheetPlaceholders)}}}";
        foreach (var (column, value) in mapping.Values)
        {
            if (!columns.Contains(column)) throw new ArgumentException($"{label}: Values has '{column}', which is not a column {ofKind}");
            foreach (var name in ValueTemplate.Parse(value).Names)
                if (!columns.Contains(name) && !ValueTemplate.SheetPlaceholders.Contains(name))
                    throw new ArgumentException($"{label}: Values['{column}'] uses {{{name}}}, " +
                        $"which is neither a column of {mapping.Kind} nor one of {placeholders}");
        }
        foreach (var column in mapping.Codes.Keys)
            if (!columns.Contains(column)) throw new ArgumentException($"{label}: Codes has '{column}', which is not a column {ofKind}");
        if (mapping.Unpivot is { } unpivot)
        {
            if (!columns.Contains(unpivot.Into) || !columns.Contains(unpivot.Value) || unpivot.Into == unpivot.Value)
                throw new ArgumentException(
                    $"{label}: Unpivot Into '{unpivot.Into}' and Value '{unpivot.Value}' must be two columns {ofKind}");
            if (unpivot.Columns.Count == 0)
                throw new ArgumentException($"{label}: Unpivot lists no Columns (header text → {unpivot.Into})");
        }
    }
}
