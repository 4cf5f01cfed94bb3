using Analytics.Warehouse.Trends;
using ScottPlot;

namespace Analytics.Dashboards.Charts;

/// <summary>A unit's self-ratings against its final ratings by year: 100% stacked bars of members
/// who rated themselves above, equal to and below the final level, with the mean gap above each bar.</summary>
internal static class SelfFinalChart
{
    public static Plot Build(string title, IReadOnlyList<SelfFinalGap> rows)
    {
        var plot = ChartStyle.Create(title);
        var years = rows.GroupBy(r => r.Year).Where(g => g.Sum(r => r.Pairs) > 0).Select(g => g.Key).Order().ToList();
        if (years.Count == 0)
        {
            ChartStyle.Empty(plot, "Đơn vị chưa có cặp tự xếp loại – xếp loại cuối cùng");
            return ChartStyle.Finish(plot);
        }
        var parts = new (string Text, Color Color, Func<SelfFinalGap, long> Count)[]
        {
            ("Tự xếp loại thấp hơn kết quả", ChartStyle.Good, r => r.Below),
            ("Tự xếp loại bằng kết quả", ChartStyle.Muted, r => r.Equal),
            ("Tự xếp loại cao hơn kết quả", ChartStyle.Alert, r => r.Above),
        };
        var bars = new List<Bar>();
        foreach (var year in years)
        {
            var inYear = rows.Where(r => r.Year == year).ToList();
            var pairs = inYear.Sum(r => r.Pairs);
            double bottom = 0;
            foreach (var (_, color, count) in parts)
            {
                var share = 100.0 * inYear.Sum(count) / pairs;
                bars.Add(new Bar
                {
                    Position = year,
                    ValueBase = bottom,
                    Value = bottom + share,
                    FillColor = color,
                    LineWidth = 0,
                    Size = 0.62,
                    Label = share >= 4 ? ChartStyle.Percent(share / 100) : "",
                    CenterLabel = true
                });
                bottom += share;
            }
            var gap = inYear.Sum(r => r.MeanGap * r.Pairs) / pairs;
            ChartStyle.Label(plot, $"n = {ChartStyle.Count(pairs)}\nlệch {(gap >= 0 ? "+" : "")}{ChartStyle.Number(gap)}", year, 101.5,
                ChartStyle.ValueSize, Alignment.LowerCenter);
        }
        var plottable = plot.Add.Bars(bars);
        plottable.ValueLabelStyle.FontSize = ChartStyle.ValueSize;
        plottable.ValueLabelStyle.ForeColor = Colors.White;
        plottable.ValueLabelStyle.Bold = true;
        foreach (var (text, color, _) in parts.Reverse())
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = text, FillColor = color });
        plot.ShowLegend(Edge.Right);
        ChartStyle.YearTicks(plot, years);
        ChartStyle.PercentTicks(plot, 100, 20);
        plot.Axes.SetLimits(years[0] - 0.6, years[^1] + 0.6, 0, 114);
        plot.XLabel("Năm đánh giá · lệch = mức tự xếp loại trừ mức kết quả, trung bình");
        plot.YLabel("Tỷ lệ đảng viên");
        return ChartStyle.Finish(plot);
    }
}
