using System.Globalization;

namespace Analytics.Dashboards.Web;

/// <summary>Numbers, shares, dates and times as the dashboard shows them, in Vietnamese (12.345 · 12,3% ·
/// 31/12/2024 14:05). The words for the warehouse's codes are the vocabulary's (Analytics.Warehouse.Vocabulary).</summary>
internal static class Formats
{
    public static CultureInfo Culture { get; } = CultureInfo.GetCultureInfo("vi-VN");

    public static string Number(long n) => n.ToString("N0", Culture);

    /// <summary>A share already in percent units: 12.34 → "12,3%".</summary>
    public static string Percent(double percent) => percent.ToString("0.0", Culture) + "%";

    /// <summary>part / whole as a percentage, "—" when there is no whole.</summary>
    public static string Share(long part, long whole) => whole == 0 ? "—" : Percent(100.0 * part / whole);

    public static string Decimal(double? x, string format) => x?.ToString(format, Culture) ?? "";

    public static string Decimal(decimal? x) => x?.ToString(Culture) ?? "";

    public static string Date(DateOnly? day) => day?.ToString("dd/MM/yyyy", Culture) ?? "";

    public static string Time(DateTime? at) => at is { } t ? t.ToString("dd/MM/yyyy HH:mm", Culture) : "";

    /// <summary>A query-string value as the pages use it: trimmed, null when absent or blank.</summary>
    public static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>A whole number from the query string, null when absent or not a number.</summary>
    public static int? Int(string? value) => int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;
}
