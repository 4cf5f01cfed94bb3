using Analytics.Warehouse.Trends;
using ScottPlot;

namespace Analytics.Dashboards.Charts;

/// <summary>Submission completeness and freshness by source for a quarter: one bar per source, the
/// share of its expected reporting units that delivered the quarter's rating year (red when
/// incomplete or stale), with counts and the age of its latest delivery written beside it.</summary>
internal static class CompletenessChart
{
    public static Plot Build(string title, IReadOnlyList<SourceStatus> sources, Quarter quarter, DateTime asOf)
    {
        var plot = ChartStyle.Create(title);
        if (sources.Count == 0)
        {
            ChartStyle.Empty(plot, "Chưa có nguồn dữ liệu nào được nạp");
            return ChartStyle.Finish(plot);
        }
        var bars = new List<Bar>();
        for (var i = 0; i < sources.Count; i++)
        {
            var s = sources[i];
            var y = sources.Count - 1 - i;
            var ok = s.Completeness >= 0.999 && !s.Stale;
            // No expected units: nothing to measure completeness against, so no bar (not a 100% one).
            if (s.Expected > 0)
                bars.Add(new Bar
                {
                    Position = y,
                    ValueBase = 0,
                    Value = 100 * s.Completeness,
                    FillColor = ok ? ChartStyle.Excellent : ChartStyle.Alert,
                    LineWidth = 0,
                    Size = 0.55,
                    Label = ChartStyle.Percent(s.Completeness),
                    CenterLabel = true
                });
            else
                ChartStyle.Label(plot, s.ExpectedFromConfiguration
                    ? "không cấu hình đơn vị dự kiến: không đo được mức đầy đủ"
                    : $"không có đơn vị nào nộp năm {quarter.Year - 1} qua nguồn này: "
                        + "không đo được mức đầy đủ",
                    2, y, ChartStyle.ValueSize, Alignment.MiddleLeft, Colors.Gray);
            var expected = s.ExpectedFromConfiguration ? "theo cấu hình" : $"đã nộp năm {quarter.Year - 1}";
            var limit = s.MaxAge is { } m ? $", giới hạn {ChartStyle.Number(m.TotalDays, "0")} ngày" : "";
            var age = s.AgeDays switch
            {
                null => "chưa từng nạp",
                < 0 => $"nạp lần cuối {s.LastDelivery:dd/MM/yyyy} (sau thời điểm tính{limit})",
                { } d => $"nạp lần cuối {s.LastDelivery:dd/MM/yyyy} ({ChartStyle.Number(d, "0")} ngày trước{limit})",
            };
            ChartStyle.Label(plot, $"{ChartStyle.Count(s.Delivered)}/{ChartStyle.Count(s.Expected)} đơn vị dự kiến ({expected})"
                + (s.Unexpected > 0 ? $", thêm {ChartStyle.Count(s.Unexpected)} ngoài dự kiến" : ""),
                2, y + 0.36, ChartStyle.ValueSize, Alignment.LowerLeft);
            ChartStyle.Label(plot, age, 2, y - 0.36, ChartStyle.ValueSize, Alignment.UpperLeft, s.Stale ? ChartStyle.Alert : Colors.Black);
        }
        var plottable = plot.Add.Bars(bars);
        plottable.Horizontal = true;
        plottable.ValueLabelStyle.FontSize = ChartStyle.AxisLabelSize;
        plottable.ValueLabelStyle.ForeColor = Colors.White;
        plottable.ValueLabelStyle.Bold = true;
        plot.Add.VerticalLine(100, 2, Colors.Gray);
        plot.Axes.Bottom.SetTicks([0, 20, 40, 60, 80, 100], ["0%", "20%", "40%", "60%", "80%", "100%"]);
        plot.Axes.Left.SetTicks(Enumerable.Range(0, sources.Count).Select(i => (double)(sources.Count - 1 - i)).ToArray(),
            sources.Select(s => s.Source).ToArray());
        plot.Axes.SetLimits(0, 105, -0.5 - Math.Max(0, 3 - sources.Count) * 0.5,
            sources.Count - 0.5 + Math.Max(0, 3 - sources.Count) * 0.5);
        plot.XLabel($"Tỷ lệ đơn vị dự kiến đã nộp kết quả năm {quarter.Year} "
            + $"(quý {quarter.Number}/{quarter.Year}), tính đến {asOf:dd/MM/yyyy}");
        plot.YLabel("Nguồn");
        return ChartStyle.Finish(plot);
    }
}
