using System.Text;
using Analytics.Dashboards.Charts;
using Analytics.Dashboards.Web.Html;
using Analytics.Warehouse.Trends;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Analytics.Dashboards.Web.Pages;

/// <summary>Charts as SVG from the chart book (<see cref="ChartBook"/>), narrowed by the page's filters and
/// always by the viewer's areas; cached per data version, so a chart is drawn once per change.</summary>
internal static class ChartEndpoint
{
    private static readonly HashSet<string> Known = ChartBook.All.Concat(ChartBook.UnitCharts).Select(c => c.Id).ToHashSet(StringComparer.Ordinal);

    public static IResult Svg(HttpContext http, string id)
    {
        if (!Known.Contains(id)) return ErrorPages.NotFound(http);
        using var page = Page.Open(http);
        var unit = page.Query("unit");
        if (unit is not null && Data.UnitQueries.Find(page.Store, page.Tables, page.Viewer, unit) is null) return ErrorPages.NotFound(http);
        var filter = new TrendFilter(page.QueryInt("from"), page.QueryInt("to"), page.Query("area"), page.Query("kind"), page.Query("role"), unit, page.Viewer.Scope);
        var key = page.Key($"chart|{id}|{filter.FromYear}|{filter.ToYear}|{filter.AreaCode}|{filter.UnitKind}|{filter.Role}|{filter.UnitCode}");
        var svg = page.Cache.Get(key, () => Draw(http, page, id, filter));
        http.Response.Headers.CacheControl = "private, no-cache";
        return Results.Text(svg, "image/svg+xml; charset=utf-8", Encoding.UTF8);
    }

    /// <summary>A chart on a page: title and the SVG as an image (works without script).</summary>
    public static void Figure(HtmlWriter h, ChartSpec chart, string query)
    {
        using (h.Tag("figure", ("class", "chart"), ("id", "chart-" + chart.Id)))
        {
            h.El("figcaption", chart.TitleVi, ("class", "t"));
            h.Void("img", ("src", $"/charts/{chart.Id}.svg" + (query.Length > 0 ? "?" + query : "")), ("alt", chart.TitleVi),
                ("loading", "lazy"), ("width", 1200), ("height", 675));
        }
    }

    private static string Draw(HttpContext http, Page page, string id, TrendFilter filter)
    {
        try
        {
            return ChartBook.Svg(ChartBook.Render(id, page.Store, filter, ChartContext.Default), 1200, 675);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or NotImplementedException or DuckDB.NET.Data.DuckDBException)
        {
            http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Analytics.Dashboards.Web.Charts")
                .LogWarning(e, "Chart {Id} could not be drawn; a placeholder is shown", id);
            return Placeholder(ChartBook.All.Concat(ChartBook.UnitCharts).First(c => c.Id == id).TitleVi);
        }
    }

    private static string Placeholder(string title)
    {
        var h = new HtmlWriter();
        using (h.Tag("svg", ("xmlns", "http://www.w3.org/2000/svg"), ("width", 1200), ("height", 675), ("viewBox", "0 0 1200 675")))
        {
            h.El("rect", null, ("width", 1200), ("height", 675), ("fill", "#f5f7fa"), ("stroke", "#d8dee6"));
            h.El("text", title, ("x", 600), ("y", 320), ("text-anchor", "middle"), ("font-family", "DejaVu Sans, sans-serif"), ("font-size", 30), ("fill", "#1d2733"));
            h.El("text", "Biểu đồ chưa vẽ được với dữ liệu hiện có", ("x", 600), ("y", 370), ("text-anchor", "middle"),
                ("font-family", "DejaVu Sans, sans-serif"), ("font-size", 22), ("fill", "#5b6776"));
        }
        return h.ToString();
    }
}
