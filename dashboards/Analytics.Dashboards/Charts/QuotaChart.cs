using Analytics.Warehouse.Trends;
using ScottPlot;

namespace Analytics.Dashboards.Charts;

/// <summary>HTXSNV per HTTNV of every area and year against the quota line (R01: at most 20% of
/// HTTNV by default): areas above the line in red, the province (within the filter) as a line, the
/// areas furthest above it in the latest year named.</summary>
internal static class QuotaChart
{
    /// <summary>Areas with fewer rated members are too small for a share to mean anything.</summary>
    public const int MinRated = 20;

    public static Plot Build(string title, IReadOnlyList<AreaQuota> rows, double quota, bool oneArea)
    {
        var plot = ChartStyle.Create(title);
        var min = oneArea ? 1 : MinRated;
        var points = rows.Where(r => r.Rated >= min && r.ExcellentPerGood is not null)
            .Select(r => new AreaStrip.Point(r.AreaCode, AreaStrip.ShortName(r.AreaName), r.Year, 100 * r.ExcellentPerGood!.Value,
                r.ExcellentPerGood > quota))
            .ToList();
        if (points.Count == 0)
        {
            ChartStyle.Empty(plot, "Chưa có kết quả xếp loại đảng viên trong phạm vi đã chọn");
            return ChartStyle.Finish(plot);
        }
        var years = points.Select(p => p.Year).Distinct().Order().ToList();
        var overall = rows.GroupBy(r => r.Year).Where(g => g.Sum(r => r.Good) > 0).OrderBy(g => g.Key)
            .Select(g => (g.Key, 100.0 * g.Sum(r => r.Excellent) / g.Sum(r => r.Good))).ToList();
        var latest = years[^1];
        var named = points.Where(p => p.Year == latest && p.Highlight).OrderByDescending(p => p.Value).Take(oneArea ? 0 : 4).ToList();
        var yMax = Math.Max(Math.Ceiling(points.Max(p => p.Value) / 10) * 10 + 10, quota * 100 + 20);

        // A solid line: Skia's SVG writer cannot export dash patterns (it warns once per element).
        var line = plot.Add.HorizontalLine(quota * 100, 3, ChartStyle.Alert);
        line.LegendText = $"Mức trần: HTXSNV ≤ {ChartStyle.Percent(quota, "0")} số HTTNV";
        AreaStrip.Draw(plot, points, overall, "Địa bàn trong mức trần", "Địa bàn vượt mức trần",
            "Toàn bộ phạm vi lọc", named, yMax);
        foreach (var year in years)
        {
            var inYear = points.Where(p => p.Year == year).ToList();
            ChartStyle.Label(plot, $"{inYear.Count(p => p.Highlight)}/{inYear.Count} địa bàn vượt", year, yMax - 1,
                ChartStyle.ValueSize, Alignment.UpperCenter, ChartStyle.Alert, bold: true);
        }
        ChartStyle.YearTicks(plot, years);
        ChartStyle.PercentTicks(plot, yMax, yMax > 100 ? 20 : 10);
        plot.Axes.SetLimits(years[0] - 0.5, latest + (named.Count > 0 ? 2.1 : 0.5), 0, yMax);
        plot.XLabel(oneArea
            ? "Năm đánh giá"
            : $"Năm đánh giá · mỗi chấm là một địa bàn có ít nhất {MinRated} đảng viên được xếp loại");
        plot.YLabel("Số HTXSNV so với số HTTNV");
        plot.ShowLegend(Edge.Bottom);
        return ChartStyle.Finish(plot);
    }
}
