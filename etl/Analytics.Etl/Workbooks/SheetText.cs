using System.Globalization;

namespace Analytics.Etl.Workbooks;

/// <summary>A typed cell as the interchange text of it, the same for every reader: dates ISO (a time
/// only when there is one), numbers invariant with binary noise (0.30000000000000004) rounded to the 15
/// digits a sheet shows, booleans true/false.</summary>
internal static class SheetText
{
    public static string Date(DateTime date) => date.TimeOfDay == TimeSpan.Zero
        ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
        : date.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>A number cell's stored text as the sheet shows it.</summary>
    public static string Number(string raw) =>
        raw.Length <= 15 && raw.IndexOfAny(['E', 'e']) < 0 ? raw
            : double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? Number(number) : raw;

    public static string Number(double value) =>
        Math.Abs(value) < 1e15 && value == Math.Floor(value)
            ? ((long)value).ToString(CultureInfo.InvariantCulture)
            : value.ToString("G15", CultureInfo.InvariantCulture);

    /// <summary>Any value a reader hands out (ExcelDataReader: string, double, DateTime, bool, TimeSpan).</summary>
    public static string? Of(object? value) => value switch
    {
        null or DBNull => null,
        string s => s.Length == 0 ? null : s,
        double d => Number(d),
        DateTime d => Date(d),
        bool b => b ? "true" : "false",
        TimeSpan t => t.ToString("c", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
