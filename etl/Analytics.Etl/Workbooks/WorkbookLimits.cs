namespace Analytics.Etl.Workbooks;

/// <summary>How far a workbook may go before it is refused as hostile or broken: Excel's own sheet
/// size (1,048,576 rows × 16,384 columns, XFD), a cell's text (32,767 characters) and bounds on what
/// the readers keep per sheet. A ~1 KB file can name row 9×10^18 or column ZZZZZZ; without these a
/// reader would pad rows or grow a row list without end.</summary>
internal static class WorkbookLimits
{
    /// <summary>Excel's last row.</summary>
    public const int MaxRows = 1_048_576;

    /// <summary>Excel's last column, XFD.</summary>
    public const int MaxColumns = 16_384;

    /// <summary>Excel's longest cell text.</summary>
    public const int MaxCellChars = 32_767;

    /// <summary>Most merged ranges kept for one sheet.</summary>
    public const int MaxMerges = 100_000;

    /// <summary>Largest .xls file read (Excel 97–2003 holds at most 65,536 rows × 256 columns).</summary>
    public const long MaxXlsBytes = 256L << 20;

    /// <summary>Most non-empty cells in one sheet (a full 1,048,576-row sheet of 40 columns).</summary>
    public const long MaxCellsPerSheet = 40L * MaxRows;

    /// <summary>Excel's name of a 0-based column ("A", "Z", "AA", "XFD").</summary>
    public static string ColumnName(int column)
    {
        var name = "";
        for (var n = column + 1; n > 0; n = (n - 1) / 26) name = (char)('A' + ((n - 1) % 26)) + name;
        return name;
    }
}
