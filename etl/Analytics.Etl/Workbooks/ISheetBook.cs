namespace Analytics.Etl.Workbooks;

/// <summary>A workbook of any supported format (.xlsx through <see cref="XlsxBook"/>, .xls through
/// <see cref="XlsBook"/>) as the table finder needs it: the sheets with their visibility, each sheet's
/// non-empty rows as text cells, and its merged cell ranges. Every reader holds the bounds of
/// <see cref="WorkbookLimits"/> and refuses a workbook beyond them with <see cref="InvalidDataException"/>.</summary>
internal interface ISheetBook : IDisposable
{
    /// <summary>The file name, for messages.</summary>
    string Name { get; }

    /// <summary>Every sheet in workbook order, hidden ones included (flagged).</summary>
    IReadOnlyList<SheetInfo> Sheets { get; }

    /// <summary>The sheet's rows that hold at least one cell, in order. The row's cells are text as the
    /// sheet shows them (dates ISO, numbers invariant); the list is reused for the next row.</summary>
    IEnumerable<SheetRow> Rows(SheetInfo sheet);

    /// <summary>The sheet's merged ranges (0-based rows and columns, inclusive).</summary>
    IReadOnlyList<CellRange> Merges(SheetInfo sheet);
}

/// <summary>A sheet: its name and whether Excel hides it (hidden and "very hidden" sheets are skipped).</summary>
internal sealed record SheetInfo(string Name, bool Hidden, int Index);

/// <summary>One row of a sheet: its 1-based number and its cells by 0-based column (null = empty).</summary>
internal readonly record struct SheetRow(int Number, IReadOnlyList<string?> Cells);

/// <summary>A merged block of cells, 0-based and inclusive; its value lives in the top-left cell.</summary>
internal readonly record struct CellRange(int FirstRow, int FirstColumn, int LastRow, int LastColumn);
