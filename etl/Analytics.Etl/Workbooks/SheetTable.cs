using Analytics.Etl.Decoding;

namespace Analytics.Etl.Workbooks;

/// <summary>A table found in a sheet (<see cref="TableFinder"/>): what its rows are, where its header
/// stands, what each column is, the values every row shares (a mapping's constants and templates, the
/// title's hints for columns the table lacks) and, for a wide form, the columns that turn into rows.
/// <see cref="Found"/> is false when no row looked like a header: the first row is then taken as the
/// header, as in an interchange sheet, and the reader names what it lacks.</summary>
internal sealed record SheetTable(
    SheetInfo Sheet,
    RecordKind Kind,
    bool Found,
    int HeaderRow,
    int HeaderRows,
    int DataStart,
    IReadOnlyList<TableColumn> Columns,
    IReadOnlyList<(string Column, ValueTemplate Value)> Fixed,
    (string Into, string Value)? Pivot,
    TitleHints Hints,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Codes,
    IReadOnlyList<string> Notes)
{
    /// <summary>The interchange CSV's header: the table's fields, the shared values, the pivot's two
    /// columns, then the unknown columns under their own header text.</summary>
    public IReadOnlyList<string> OutputHeader
    {
        get
        {
            var names = new List<string>();
            names.AddRange(Columns.Where(c => c.Use == ColumnUse.Field).Select(c => c.Name!));
            names.AddRange(Fixed.Select(f => f.Column));
            if (Pivot is { } p) names.AddRange([p.Into, p.Value]);
            foreach (var unknown in Columns.Where(c => c.Use == ColumnUse.Unknown))
            {
                var name = unknown.Name!;
                for (var n = 2; names.Contains(name, StringComparer.OrdinalIgnoreCase); n++) name = $"{unknown.Name} ({n})";
                names.Add(name);
            }
            return names;
        }
    }

    /// <summary>True for a long table whose data rows keep their sheet row numbers as CSV lines.</summary>
    public bool KeepsRowNumbers => Pivot is null;
}
