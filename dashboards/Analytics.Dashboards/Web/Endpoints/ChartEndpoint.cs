using System.Text;
using System.Xml.Linq;
using Analytics.Dashboards.Charts;
using Analytics.Dashboards.Web.Data;
using Analytics.Warehouse.Trends;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Analytics.Dashboards.Web.Endpoints;

/// <summary>GET /charts/{id}.svg: the chart book's charts (<see cref="ChartBook"/>) as SVG, narrowed by the
/// page's filters and always by the viewer's areas; cached per data version, so a chart is drawn once per
/// change. A unit outside the viewer's areas is not found.</summary>
internal static class ChartEndpoint
{
    private static readonly IReadOnlyList<ChartSpec> Charts = [.. ChartBook.All, .. ChartBook.UnitCharts];
    private static readonly HashSet<string> Known = Charts.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);

    public static IResult Svg(string id, HttpContext http, PageData data, ILoggerFactory logs)
    {
        if (!Known.Contains(id)) return ErrorPages.Page(StatusCodes.Status404NotFound);
        var query = http.Request.Query;
        string? Text(string name) => Formats.Text(query[name].ToString());
        var unit = Text("unit");
        if (unit is not null && UnitQueries.Find(data.Store, data.Tables, data.Viewer, unit) is null)
            return ErrorPages.Page(StatusCodes.Status404NotFound);
        var filter = new TrendFilter(Formats.Int(Text("from")), Formats.Int(Text("to")), Text("area"), Text("kind"), Text("role"), unit,
            data.Viewer.Scope);
        var key = data.Key(
            $"chart|{id}|{filter.FromYear}|{filter.ToYear}|{filter.AreaCode}|{filter.UnitKind}|{filter.Role}|{filter.UnitCode}");
        var svg = data.Cache.Get(key, () => Draw(data, id, filter, logs.CreateLogger("Analytics.Dashboards.Web.Charts")));
        http.Response.Headers.CacheControl = "private, no-cache";
        return Results.Text(svg, "image/svg+xml; charset=utf-8", Encoding.UTF8);
    }

    private static string Draw(PageData data, string id, TrendFilter filter, ILogger log)
    {
        try
        {
            return ChartBook.Svg(ChartBook.Render(id, data.Store, filter, ChartContext.Default), 1200, 675);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or NotImplementedException
                                   or DuckDB.NET.Data.DuckDBException)
        {
            log.LogWarning(e, "Chart {Id} could not be drawn; a placeholder is shown", id);
            return Placeholder(Charts.First(c => c.Id == id).TitleVi);
        }
    }

    /// <summary>A grey card with the chart's title and a sentence, instead of a broken image.</summary>
    private static string Placeholder(string title)
    {
        XNamespace svg = "http://www.w3.org/2000/svg";
        XElement Text(string text, int y, int size, string colour) => new(svg + "text", new XAttribute("x", 600),
            new XAttribute("y", y), new XAttribute("text-anchor", "middle"), new XAttribute("font-family", "DejaVu Sans, sans-serif"),
            new XAttribute("font-size", size), new XAttribute("fill", colour), text);
        return new XElement(svg + "svg",
            new XAttribute("width", 1200), new XAttribute("height", 675), new XAttribute("viewBox", "0 0 1200 675"),
            new XElement(svg + "rect", new XAttribute("width", 1200), new XAttribute("height", 675), new XAttribute("fill", "#f5f7fa"),
                new XAttribute("stroke", "#d8dee6")),
            Text(title, 320, 30, "#1d2733"),
            Text("Biểu đồ chưa vẽ được với dữ liệu hiện có", 370, 22, "#5b6776")).ToString(SaveOptions.DisableFormatting);
    }
}
