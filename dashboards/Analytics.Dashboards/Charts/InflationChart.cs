using Analytics.Warehouse.Trends;
using ScottPlot;

namespace Analytics.Dashboards.Charts;

/// <summary>Self-rating against final rating by area and year: for every area, the share of members
/// who rated themselves above the level finally decided; the province (within the filter) as a
/// line; the five areas with the highest share in the latest year named and marked.</summary>
internal static class InflationChart
{
    public const int MinPairs = 20;

    public static Plot Build(string title, IReadOnlyList<SelfFinalGap> rows, bool oneArea)
    {
        var plot = ChartStyle.Create(title);
        var min = oneArea ? 1 : MinPairs;
        var usable = rows.Where(r => r.Pairs >= min).ToList();
        if (usable.Count == 0)
        {
            ChartStyle.Empty(plot, "Chưa có cặp tự xếp loại – xếp loại cuối cùng trong phạm vi đã chọn");
            return ChartStyle.Finish(plot);
        }
        var years = usable.Select(r => r.Year).Distinct().Order().ToList();
        var latest = years[^1];
        var top = usable.Where(r => r.Year == latest && r.Above > 0).OrderByDescending(r => r.AboveShare)
            .ThenBy(r => r.AreaCode, StringComparer.Ordinal)
            .Take(oneArea ? 0 : 5).Select(r => r.AreaCode).ToHashSet(StringComparer.Ordinal);
        var points = usable
            .Select(r => new AreaStrip.Point(r.AreaCode, AreaStrip.ShortName(r.AreaName), r.Year, 100 * r.AboveShare,
                top.Contains(r.AreaCode)))
            .ToList();
        var overall = rows.GroupBy(r => r.Year).Where(g => g.Sum(r => r.Pairs) > 0).OrderBy(g => g.Key)
            .Select(g => (g.Key, 100.0 * g.Sum(r => r.Above) / g.Sum(r => r.Pairs))).ToList();
        var named = points.Where(p => p.Year == latest && p.Highlight).ToList();
        var yMax = Math.Ceiling(Math.Max(points.Max(p => p.Value), overall.Max(o => o.Item2)) / 10) * 10 + 10;

        AreaStrip.Draw(plot, points, overall, "Địa bàn", $"5 địa bàn cao nhất năm {latest} (qua các năm)",
            "Toàn bộ phạm vi lọc", named, yMax);
        ChartStyle.YearTicks(plot, years);
        ChartStyle.PercentTicks(plot, yMax, yMax > 60 ? 20 : 10);
        plot.Axes.SetLimits(years[0] - 0.5, latest + (named.Count > 0 ? 2.1 : 0.5), 0, yMax);
        plot.XLabel(oneArea
            ? "Năm đánh giá"
            : $"Năm đánh giá · mỗi chấm là một địa bàn có ít nhất {MinPairs} đảng viên có cả hai kết quả");
        plot.YLabel("Tỷ lệ tự xếp loại cao hơn kết quả");
        plot.ShowLegend(Edge.Bottom);
        return ChartStyle.Finish(plot);
    }
}
