using ScottPlot;

namespace Analytics.Dashboards.Charts;

/// <summary>A strip chart of areas over years: one dot per area and year (spread sideways by a fixed
/// jitter of the area code, so the picture is the same on every run), the overall line across them,
/// and the areas to name labelled to the right of the last year — spaced so labels never overlap.</summary>
internal static class AreaStrip
{
    public sealed record Point(string AreaCode, string Label, int Year, double Value, bool Highlight);

    public static void Draw(Plot plot, IReadOnlyList<Point> points, IReadOnlyList<(int Year, double Value)> overall,
        string normalText, string highlightText, string overallText, IReadOnlyList<Point> named, double yMax)
    {
        foreach (var (highlight, color, size, text) in
            new[] { (false, ChartStyle.Muted, 6f, normalText), (true, ChartStyle.Alert, 8f, highlightText) })
        {
            var set = points.Where(p => p.Highlight == highlight).ToList();
            if (set.Count == 0) continue;
            var markers = plot.Add.Markers(set.Select(p => p.Year + Jitter(p.AreaCode)).ToArray(), set.Select(p => p.Value).ToArray(),
                MarkerShape.FilledCircle, size, color.WithAlpha(highlight ? 0.9 : 0.55));
            markers.LegendText = text;
        }
        if (overall.Count > 0)
        {
            var line = plot.Add.Scatter(
                overall.Select(o => (double)o.Year).ToArray(), overall.Select(o => o.Value).ToArray(), ChartStyle.Province);
            line.LineWidth = 4;
            line.MarkerSize = 12;
            line.LegendText = overallText;
            foreach (var (year, value) in overall)
                ChartStyle.Label(plot, ChartStyle.Number(value, "0.0") + "%", year - 0.08, value, ChartStyle.ValueSize,
                    Alignment.LowerRight, ChartStyle.Province, bold: true);
        }
        LabelRight(plot, named, yMax);
    }

    /// <summary>Names to the right of the last year's column, pushed apart to at least one line.</summary>
    private static void LabelRight(Plot plot, IReadOnlyList<Point> named, double yMax)
    {
        var gap = Math.Max(yMax, 1) / 15;
        var placed = new List<double>();
        foreach (var p in named.OrderByDescending(p => p.Value))
        {
            var y = placed.Count == 0 ? p.Value : Math.Min(p.Value, placed[^1] - gap);
            placed.Add(y);
            var x0 = p.Year + Jitter(p.AreaCode);
            var x1 = p.Year + 0.42;
            plot.Add.Line(x0, p.Value, x1 - 0.02, y).LineColor = ChartStyle.Alert.WithAlpha(0.6);
            ChartStyle.Label(plot, $"{ChartStyle.Number(p.Value, "0.0")}% {Shorten(p.Label, 22)}", x1, y, ChartStyle.ValueSize,
                Alignment.MiddleLeft, ChartStyle.Alert);
        }
    }

    /// <summary>A fixed sideways offset in [-0.25, 0.25] from the area code (FNV-1a), never random.</summary>
    public static double Jitter(string areaCode)
    {
        var hash = 2166136261u;
        foreach (var c in areaCode) hash = (hash ^ c) * 16777619u;
        return ((hash % 1001) / 1000.0 - 0.5) * 0.5;
    }

    public static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)].TrimEnd() + "…";

    /// <summary>"Đảng bộ xã Tân Dương" → "xã Tân Dương": the area as people say it.</summary>
    public static string ShortName(string areaName)
    {
        foreach (var prefix in new[] { "Đảng bộ ", "Đảng ủy " })
            if (areaName.StartsWith(prefix, StringComparison.Ordinal)) return areaName[prefix.Length..];
        return areaName;
    }
}
