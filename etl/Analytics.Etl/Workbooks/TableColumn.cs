namespace Analytics.Etl.Workbooks;

/// <summary>What one sheet column of a found table is.</summary>
internal enum ColumnUse
{
    /// <summary>An interchange column (<see cref="TableColumn.Name"/> is its canonical name).</summary>
    Field,
    /// <summary>A column nobody asked for: kept in the row's raw record under its header text.</summary>
    Unknown,
    /// <summary>Row numbers (STT), percentages of a wide form: derived, not data.</summary>
    Ignored,
    /// <summary>One column of a wide table: each cell becomes a row of its own (<see cref="TableColumn.PivotValue"/>).</summary>
    Pivot,
    /// <summary>A wide form's total ("Tổng số"): checked against the sum of the pivot cells, not loaded.</summary>
    Total,
}

/// <summary>One sheet column of a table: its 0-based index, its header as written (a two-row header's
/// group and heading joined by " / "), what it is, and the canonical name or pivot value it carries.</summary>
internal sealed record TableColumn(int Index, string Header, ColumnUse Use, string? Name, string? PivotValue)
{
    /// <summary>The column's letter in the sheet ("A", "AB").</summary>
    public string Letter => WorkbookLimits.ColumnName(Index);
}
