using System.Globalization;

namespace Analytics.Etl.Sources;

/// <summary>Orders watermark values kept as text: numerically when both are numbers, otherwise by
/// ordinal comparison (ISO dates and timestamps sort that way).</summary>
internal static class WatermarkOrder
{
    public static string? Max(string? a, string? b)
    {
        if (a is null) return b;
        if (b is null) return a;
        if (decimal.TryParse(a, NumberStyles.Float, CultureInfo.InvariantCulture, out var x)
            && decimal.TryParse(b, NumberStyles.Float, CultureInfo.InvariantCulture, out var y))
            return y > x ? b : a;
        return string.CompareOrdinal(b, a) > 0 ? b : a;
    }
}
