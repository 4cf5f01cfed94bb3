using Analytics.Warehouse.Trends;
using ScottPlot;

namespace Analytics.Dashboards.Charts;

/// <summary>Distribution of the four final levels by year as 100% stacked bars (members,
/// organisations, or one unit's members), with the share written in every segment large enough
/// to hold it and the number rated above each bar.</summary>
internal static class LevelsChart
{
    public static Plot Build(string title, IReadOnlyList<LevelCount> counts, string who)
    {
        var plot = ChartStyle.Create(title);
        var years = counts.Select(c => c.Year).Distinct().Order().ToList();
        if (years.Count == 0 || counts.All(c => c.Level is null))
        {
            ChartStyle.Empty(plot, $"Chưa có kết quả xếp loại cuối cùng của {who} trong phạm vi đã chọn");
            return ChartStyle.Finish(plot);
        }
        var bars = new List<Bar>();
        foreach (var year in years)
        {
            var rated = counts.Where(c => c.Year == year && c.Level is not null).Sum(c => c.Count);
            if (rated == 0) continue;
            double bottom = 0;
            foreach (var (level, _, _, color) in ChartStyle.Levels)
            {
                var n = counts.Where(c => c.Year == year && c.Level == level).Sum(c => c.Count);
                var share = 100.0 * n / rated;
                bars.Add(new Bar
                {
                    Position = year,
                    ValueBase = bottom,
                    Value = bottom + share,
                    FillColor = color,
                    LineWidth = 0,
                    Size = 0.62,
                    Label = share >= 4 ? ChartStyle.Percent(share / 100) : "",
                    CenterLabel = true,
                });
                bottom += share;
            }
            ChartStyle.Label(plot, $"n = {ChartStyle.Count(rated)}", year, 101.5, ChartStyle.ValueSize, Alignment.LowerCenter);
        }
        var plottable = plot.Add.Bars(bars);
        plottable.ValueLabelStyle.FontSize = ChartStyle.ValueSize;
        plottable.ValueLabelStyle.FontName = ChartFonts.Family;
        plottable.ValueLabelStyle.ForeColor = Colors.White;
        plottable.ValueLabelStyle.Bold = true;

        foreach (var (_, code, name, color) in ChartStyle.Levels.Reverse())
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = $"{code} – {name}", FillColor = color });
        plot.ShowLegend(Edge.Right);
        ChartStyle.YearTicks(plot, years);
        ChartStyle.PercentTicks(plot, 100, 20);
        plot.Axes.SetLimits(years[0] - 0.6, years[^1] + 0.6, 0, 108);
        var notRated = counts.Where(c => c.Level is null).Sum(c => c.Count);
        plot.XLabel(notRated > 0
            ? $"Năm đánh giá (không tính {ChartStyle.Count(notRated)} lượt không xếp loại)"
            : "Năm đánh giá");
        plot.YLabel($"Tỷ lệ {who} theo mức xếp loại");
        return ChartStyle.Finish(plot);
    }
}
