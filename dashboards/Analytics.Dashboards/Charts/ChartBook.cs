using Analytics.Warehouse.Store;
using Analytics.Warehouse.Trends;
using ScottPlot;

namespace Analytics.Dashboards.Charts;

/// <summary>The charts of the dashboards and the briefing pack, each built from a warehouse query
/// (Warehouse/Trends) and drawn with ScottPlot in the bundled DejaVu Sans, so Vietnamese renders the
/// same on every machine. Render a chart by id, then export it with <see cref="Svg"/> or <see cref="Png"/>.</summary>
public static class ChartBook
{
    /// <summary>The province-level charts, in the order the briefing shows them.</summary>
    public static IReadOnlyList<ChartSpec> All { get; } =
    [
        new("levels-members", "levels-members", "Xếp loại chất lượng đảng viên theo năm"),
        new("levels-organisations", "levels-organisations", "Xếp loại chất lượng tổ chức đảng theo năm"),
        new("excellent-quota", "excellent-quota", "Tỷ lệ HTXSNV so với HTTNV và mức trần theo địa bàn"),
        new("inflation", "inflation", "Tự xếp loại so với xếp loại cuối cùng theo địa bàn"),
        new("formalism-heatmap", "formalism-heatmap", "Điểm nguy cơ hình thức theo địa bàn và năm"),
        new("findings-by-rule", "findings-by-rule", "Phát hiện vi phạm theo quy tắc và địa bàn"),
        new("completeness", "completeness", "Mức đầy đủ và độ mới của dữ liệu theo nguồn"),
    ];

    /// <summary>The unit page's charts (they need <see cref="TrendFilter.UnitCode"/>).</summary>
    public static IReadOnlyList<ChartSpec> UnitCharts { get; } =
    [
        new("unit-levels", "unit-levels", "Xếp loại đảng viên của đơn vị theo năm"),
        new("unit-self-final", "unit-self-final", "Tự xếp loại và xếp loại cuối cùng của đơn vị theo năm"),
    ];

    /// <summary>Builds chart <paramref name="id"/> (one of <see cref="All"/> or <see cref="UnitCharts"/>)
    /// from the warehouse. Unknown id → <see cref="ArgumentException"/>.</summary>
    public static Plot Render(string id, WarehouseStore store, TrendFilter filter, ChartContext context)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(context);
        var spec = All.Concat(UnitCharts).FirstOrDefault(c => c.Id == id)
            ?? throw new ArgumentException(
                $"unknown chart '{id}'; known: {string.Join(", ", All.Concat(UnitCharts).Select(c => c.Id))}", nameof(id));
        return Build(spec, new ChartData(new TrendQueries(store), filter), filter, context);
    }

    /// <summary>Builds a chart from data already (or lazily) queried: Render and the briefing pack.</summary>
    internal static Plot Build(ChartSpec spec, ChartData data, TrendFilter filter, ChartContext context)
    {
        var title = spec.TitleVi + Scope(filter);
        var oneArea = filter.AreaCode is not null || filter.UnitCode is not null || filter.AreaScope is { Count: 1 };
        switch (spec.Id)
        {
            case "levels-members": return LevelsChart.Build(title, data.Members, "đảng viên");
            case "levels-organisations": return LevelsChart.Build(title, data.Organisations, "tổ chức đảng");
            case "excellent-quota": return QuotaChart.Build(title, data.Quota, context.ExcellentQuota, oneArea);
            case "inflation": return InflationChart.Build(title, data.Gaps, oneArea);
            case "formalism-heatmap": return FormalismHeatmapChart.Build(title, data.Formalism);
            case "findings-by-rule": return FindingsChart.Build(title, data.Findings);
            case "completeness":
                var quarter = context.Quarter is { } q ? Quarter.Parse(q) : new Quarter(data.Queries.LatestYear() ?? DateTime.Now.Year, 4);
                var asOf = context.AsOf ?? DateTime.Now;
                return CompletenessChart.Build($"{spec.TitleVi} – quý {quarter.Number}/{quarter.Year}{Scope(filter)}",
                    data.Completeness(quarter, context.Expectations, asOf), quarter, asOf);
        }
        var unit = filter.UnitCode
            ?? throw new ArgumentException($"chart '{spec.Id}' is about one unit: give TrendFilter.UnitCode", nameof(filter));
        var name = data.Queries.UnitName(data.Filter, unit);
        var unitTitle = spec.TitleVi.Replace("của đơn vị", $"của {name ?? unit}", StringComparison.Ordinal);
        return spec.Id == "unit-levels"
            ? LevelsChart.Build(unitTitle, data.Members, "đảng viên")
            : SelfFinalChart.Build(unitTitle, data.Gaps);
    }

    /// <summary>What the title adds for a narrowed chart: the area, the years.</summary>
    private static string Scope(TrendFilter filter)
    {
        var parts = new List<string>();
        if (filter.AreaCode is { } area) parts.Add($"địa bàn {area}");
        if (filter.FromYear is { } from && filter.ToYear is { } to) parts.Add(from == to ? $"năm {from}" : $"{from}–{to}");
        else if (filter.FromYear is { } f) parts.Add($"từ {f}");
        else if (filter.ToYear is { } t) parts.Add($"đến {t}");
        return parts.Count == 0 ? "" : " (" + string.Join(", ", parts) + ")";
    }

    /// <summary>The plot as an SVG document (text kept as text, in DejaVu Sans).</summary>
    public static string Svg(Plot plot, int width = 1200, int height = 675)
    {
        ArgumentNullException.ThrowIfNull(plot);
        return plot.GetSvgXml(width, height);
    }

    /// <summary>The plot as PNG bytes.</summary>
    public static byte[] Png(Plot plot, int width = 1200, int height = 675)
    {
        ArgumentNullException.ThrowIfNull(plot);
        return plot.GetImageBytes(width, height, ImageFormat.Png);
    }
}
