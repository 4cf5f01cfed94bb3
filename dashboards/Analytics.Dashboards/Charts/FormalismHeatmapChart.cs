using Analytics.Warehouse.Trends;
using ScottPlot;

namespace Analytics.Dashboards.Charts;

/// <summary>Formalism heatmap, area × year: the mean score of each area's scored units, written in
/// its cell, for the areas with the highest mean over the years. Drawn as rectangles (vector in SVG).
/// Without any formalism run the chart says so instead of failing.</summary>
internal static class FormalismHeatmapChart
{
    public const int MaxAreas = 20;

    private static readonly ScottPlot.Colormaps.Amp Colormap = new();

    public static Plot Build(string title, FormalismGrid grid)
    {
        if (grid.LatestRun is null)
        {
            var none = ChartStyle.Create(title + " — chưa có lượt chấm điểm");
            ChartStyle.Empty(none, "Chưa có lượt chấm điểm nguy cơ hình thức nào (formalism_run trống).\n"
                + "Biểu đồ sẽ có khi việc chấm điểm được chạy.");
            return ChartStyle.Finish(none);
        }
        var plot = ChartStyle.Create(title);
        if (grid.Cells.Count == 0)
        {
            ChartStyle.Empty(plot, "Lượt chấm điểm gần nhất không có đơn vị nào trong phạm vi đã chọn");
            return ChartStyle.Finish(plot);
        }
        var years = grid.Cells.Select(c => c.Year).Distinct().Order().ToList();
        var areas = grid.Cells.GroupBy(c => (c.AreaCode, c.AreaName))
            .OrderByDescending(g => g.Average(c => c.MeanScore)).ThenBy(g => g.Key.AreaCode, StringComparer.Ordinal)
            .Take(MaxAreas).Select(g => g.Key).ToList();
        for (var row = 0; row < areas.Count; row++)
        {
            var y = areas.Count - 1 - row;   // the highest mean on top
            foreach (var year in years.Where(y => !grid.Cells.Any(c => c.AreaCode == areas[row].AreaCode && c.Year == y)))
            {
                // A year without a score (the area did not exist, or was too small): grey, not blank.
                var gap = plot.Add.Rectangle(year - 0.5, year + 0.5, y - 0.5, y + 0.5);
                gap.FillColor = Color.FromHex("#ECEFF1");
                gap.LineColor = Colors.White;
                ChartStyle.Label(plot, "–", year, y, 14, Alignment.MiddleCenter, ChartStyle.Muted);
            }
            foreach (var cell in grid.Cells.Where(c => c.AreaCode == areas[row].AreaCode))
            {
                var rect = plot.Add.Rectangle(cell.Year - 0.5, cell.Year + 0.5, y - 0.5, y + 0.5);
                rect.FillColor = Colormap.GetColor(Math.Clamp(cell.MeanScore, 0, 1));
                rect.LineColor = Colors.White;
                rect.LineWidth = 1;
                ChartStyle.Label(plot, ChartStyle.Number(cell.MeanScore), cell.Year, y, 14, Alignment.MiddleCenter,
                    cell.MeanScore >= 0.55 ? Colors.White : Colors.Black);
            }
        }
        foreach (var (from, to) in new[] { (0.0, 0.2), (0.2, 0.4), (0.4, 0.6), (0.6, 0.8), (0.8, 1.0) })
            plot.Legend.ManualItems.Add(new LegendItem
            {
                LabelText = $"{ChartStyle.Number(from, "0.0")}–{ChartStyle.Number(to, "0.0")}",
                FillColor = Colormap.GetColor((from + to) / 2),
            });
        plot.ShowLegend(Edge.Right);
        ChartStyle.YearTicks(plot, years);
        plot.Axes.Left.SetTicks(Enumerable.Range(0, areas.Count).Select(i => (double)(areas.Count - 1 - i)).ToArray(),
            areas.Select(a => $"{AreaStrip.ShortName(a.AreaName)} ({a.AreaCode})").ToArray());
        plot.Axes.Left.TickLabelStyle.FontSize = 14;
        plot.Axes.SetLimits(years[0] - 0.5, years[^1] + 0.5, -0.5, areas.Count - 0.5);
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.Left.MinorTickStyle.Length = 0;
        plot.Grid.IsVisible = false;
        var run = grid.LatestRun;
        plot.XLabel($"Năm đánh giá · {areas.Count} địa bàn có điểm trung bình cao nhất · "
            + $"lượt chấm {run.RunId} ({run.StartedAt:dd/MM/yyyy}, mô hình {run.ModelVersion})");
        var finished = ChartStyle.Finish(plot);
        plot.Axes.Left.TickLabelStyle.FontSize = 14;
        plot.Axes.Bottom.Label.FontSize = 15;
        return finished;
    }
}
