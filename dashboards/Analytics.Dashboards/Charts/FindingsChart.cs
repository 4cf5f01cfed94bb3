using Analytics.Warehouse.Checks;
using Analytics.Warehouse.Trends;
using ScottPlot;

namespace Analytics.Dashboards.Charts;

/// <summary>Findings that still hold, by area (horizontal bars, the areas with most findings) and
/// rule (stacked segments, one colour per rule, the rule's Vietnamese title in the legend).</summary>
internal static class FindingsChart
{
    public const int MaxAreas = 15;

    public static Plot Build(string title, IReadOnlyList<FindingCount> counts)
    {
        var plot = ChartStyle.Create(title);
        if (counts.Count == 0)
        {
            ChartStyle.Empty(plot, "Không có phát hiện nào còn hiệu lực trong phạm vi đã chọn");
            return ChartStyle.Finish(plot);
        }
        var areas = counts.GroupBy(c => (c.AreaCode, c.AreaName)).OrderByDescending(g => g.Sum(c => c.Count))
            .ThenBy(g => g.Key.AreaCode, StringComparer.Ordinal)
            .Take(MaxAreas).Select(g => g.Key).ToList();
        var rules = counts.Select(c => c.Rule).Distinct().Order(StringComparer.Ordinal).ToList();
        var bars = new List<Bar>();
        for (var row = 0; row < areas.Count; row++)
        {
            var y = areas.Count - 1 - row;
            double left = 0;
            foreach (var rule in rules)
            {
                var n = counts.Where(c => c.AreaCode == areas[row].AreaCode && c.Rule == rule).Sum(c => c.Count);
                if (n == 0) continue;
                bars.Add(new Bar
                {
                    Position = y,
                    ValueBase = left,
                    Value = left + n,
                    FillColor = RuleColor(rule),
                    LineWidth = 0,
                    Size = 0.7,
                    Label = n > 1 ? n.ToString(ChartStyle.Vi) : "",
                    CenterLabel = true
                });
                left += n;
            }
            ChartStyle.Label(plot, left.ToString(ChartStyle.Vi), left + 0.08, y, ChartStyle.ValueSize, Alignment.MiddleLeft, bold: true);
        }
        var plottable = plot.Add.Bars(bars);
        plottable.Horizontal = true;
        plottable.ValueLabelStyle.FontSize = ChartStyle.ValueSize;
        plottable.ValueLabelStyle.ForeColor = Colors.White;
        foreach (var rule in rules)
            plot.Legend.ManualItems.Add(new LegendItem
            {
                LabelText = $"{rule} {Shorten(CheckCatalog.Find(rule)?.TitleVi ?? "")}",
                FillColor = RuleColor(rule),
            });
        plot.ShowLegend(Edge.Right);
        var max = areas.Max(a => counts.Where(c => c.AreaCode == a.AreaCode).Sum(c => c.Count));
        var step = max <= 10 ? 1 : max <= 25 ? 5 : Math.Ceiling(max / 50.0) * 10;
        var ticks = new List<double>();
        for (var t = 0.0; t <= max + 1e-9; t += step) ticks.Add(t);
        plot.Axes.Bottom.SetTicks(ticks.ToArray(), ticks.Select(t => t.ToString(ChartStyle.Vi)).ToArray());
        plot.Axes.Left.SetTicks(Enumerable.Range(0, areas.Count).Select(i => (double)(areas.Count - 1 - i)).ToArray(),
            areas.Select(a => a.AreaCode.Length == 0
                ? "(chưa rõ địa bàn)"
                : $"{AreaStrip.ShortName(a.AreaName)} ({a.AreaCode})").ToArray());
        plot.Axes.SetLimits(0, max * 1.12 + 0.3, -0.6, areas.Count - 0.4);
        var total = counts.Sum(c => c.Count);
        plot.XLabel($"Số phát hiện còn hiệu lực · {areas.Count} địa bàn nhiều nhất · "
            + $"toàn phạm vi: {ChartStyle.Count(total)} phát hiện");
        var finished = ChartStyle.Finish(plot);
        plot.Legend.FontSize = 14;
        plot.Axes.Left.TickLabelStyle.FontSize = 14;
        return finished;
    }

    /// <summary>One fixed colour per rule (R01 … R12), the same whatever the filter leaves.</summary>
    private static readonly Color[] RuleColors = [.. new[]
    {
        "#1F77B4", "#FF7F0E", "#2CA02C", "#D62728", "#9467BD", "#8C564B", "#E377C2", "#7F7F7F", "#BCBD22", "#17BECF", "#393B79", "#AD494A",
    }.Select(Color.FromHex)];

    private static Color RuleColor(string rule) =>
        int.TryParse(rule.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture, out var n) && n >= 1
            ? RuleColors[(n - 1) % RuleColors.Length]
            : Colors.Gray;

    private static string Shorten(string title) => title.Length <= 34 ? title : title[..33].TrimEnd() + "…";
}
