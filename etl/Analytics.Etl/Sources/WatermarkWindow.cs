using System.Globalization;
using System.Text.RegularExpressions;

namespace Analytics.Etl.Sources;

/// <summary>Where an incremental pull starts. Strictly above the stored watermark loses rows that
/// commit late with an older value (a long transaction's updated_at); with an overlap
/// (<see cref="SourceSettings.WatermarkOverlap"/>) the pull starts that far below it, and the rows read
/// again are recognised by their record id and content when loaded. The lowered value keeps the
/// watermark's own shape (separator, seconds, fraction digits, offset), since SQLite compares text.</summary>
internal static partial class WatermarkWindow
{
    [GeneratedRegex(@"^(\d{4})-(\d{2})-(\d{2})(?:([T ])(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?)?(Z|[+-]\d{2}(?::?\d{2})?)?$")]
    private static partial Regex Timestamp();

    /// <summary>A duration ("00:15:00", "1.00:00:00": it has a colon) or a non-negative number ("100").</summary>
    public static bool TryParseOverlap(string text, out object overlap)
    {
        overlap = 0m;
        if (text.Contains(':', StringComparison.Ordinal))
        {
            if (!TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var span) || span < TimeSpan.Zero) return false;
            overlap = span;
            return true;
        }
        if (!decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var number) || number < 0) return false;
        overlap = number;
        return true;
    }

    /// <summary>The value to pull from: <paramref name="since"/> less the overlap. Throws
    /// <see cref="ArgumentException"/> when the overlap does not fit the watermark (a duration for a number).</summary>
    public static string Lower(string since, string? overlapText)
    {
        ArgumentNullException.ThrowIfNull(since);
        if (overlapText is null || !TryParseOverlap(overlapText, out var overlap)) return since;
        if (overlap is decimal by)
        {
            if (!decimal.TryParse(since, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
                throw new ArgumentException(
                    $"WatermarkOverlap '{overlapText}' is a number, but the watermark '{since}' is not; give a duration such as 00:15:00");
            var lowered = number - by;
            return since.Contains('.', StringComparison.Ordinal) || overlapText.Contains('.', StringComparison.Ordinal)
                ? lowered.ToString(CultureInfo.InvariantCulture) : decimal.Truncate(lowered).ToString("0", CultureInfo.InvariantCulture);
        }
        var span = (TimeSpan)overlap;
        var m = Timestamp().Match(since);
        if (!m.Success)
            throw new ArgumentException($"WatermarkOverlap '{overlapText}' is a duration, " +
                $"but the watermark '{since}' is not a date or time (yyyy-MM-dd HH:mm:ss)");
        int Part(int group) => m.Groups[group].Success ? int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture) : 0;
        var fraction = m.Groups[8].Success ? m.Groups[8].Value : "";
        var ticks = fraction.Length == 0 ? 0 : long.Parse(fraction.PadRight(7, '0'), CultureInfo.InvariantCulture);
        var at = new DateTime(Part(1), Part(2), Part(3), Part(5), Part(6), Part(7)).AddTicks(ticks) - span;
        var hasTime = m.Groups[4].Success;
        if (!hasTime && at.TimeOfDay == TimeSpan.Zero) return at.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + m.Groups[9].Value;
        var inv = CultureInfo.InvariantCulture;
        var text = at.ToString("yyyy-MM-dd", inv) + (hasTime ? m.Groups[4].Value : " ") + at.ToString("HH:mm", inv);
        if (m.Groups[7].Success || !hasTime || at.Second != 0 || at.Ticks % TimeSpan.TicksPerSecond != 0) text += at.ToString(":ss", inv);
        if (fraction.Length > 0) text += "." + (at.Ticks % TimeSpan.TicksPerSecond).ToString("D7", inv)[..fraction.Length];
        return text + m.Groups[9].Value;
    }
}
