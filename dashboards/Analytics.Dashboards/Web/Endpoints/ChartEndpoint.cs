using System.Text;
using System.Xml.Linq;
using Analytics.Dashboards.Charts;
using Analytics.Dashboards.Web.Data;
using Analytics.Warehouse.Trends;
using Analytics.Warehouse.Vocabulary;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Analytics.Dashboards.Web.Endpoints;

/// <summary>GET /charts/{id}.svg: the chart book's charts (<see cref="ChartBook"/>) as SVG, narrowed by the
/// page's filters and always by the viewer's areas; cached per data version (bounded by bytes), so a chart
/// is drawn once per change. Only the filters the pages offer, with the values they offer, are accepted:
/// another parameter is a 400, a year, area, unit kind, role or unit the viewer could not pick a 404, and
/// neither draws anything, so query-string variations cannot fill the memory or the processor.</summary>
internal static class ChartEndpoint
{
    private static readonly IReadOnlyList<ChartSpec> Charts = [.. ChartBook.All, .. ChartBook.UnitCharts];
    private static readonly HashSet<string> Known = Charts.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
    private static readonly HashSet<string> Filters = new(["from", "to", "area", "kind", "role", "unit"], StringComparer.Ordinal);

    public static IResult Svg(string id, HttpContext http, PageData data, ILoggerFactory logs)
    {
        if (!Known.Contains(id)) return ErrorPages.Page(StatusCodes.Status404NotFound);
        var query = http.Request.Query;
        if (query.Any(p => !Filters.Contains(p.Key) || p.Value.Count != 1)) return ErrorPages.Page(StatusCodes.Status400BadRequest);
        string? Text(string name) => Formats.Text(query[name].ToString());
        var filter = new TrendFilter(Year(data, Text("from")), Year(data, Text("to")), Text("area"), Text("kind"), Text("role"),
            Text("unit"), data.Viewer.Scope);
        if (!Offered(data, query, filter)) return ErrorPages.Page(StatusCodes.Status404NotFound);
        var key = data.Key(
            $"chart|{id}|{filter.FromYear}|{filter.ToYear}|{filter.AreaCode}|{filter.UnitKind}|{filter.Role}|{filter.UnitCode}");
        var svg = data.Cache.Chart(key, () => Draw(data, id, filter, logs.CreateLogger("Analytics.Dashboards.Web.Charts")));
        http.Response.Headers.CacheControl = "private, no-cache";
        return Results.Text(svg, "image/svg+xml; charset=utf-8", Encoding.UTF8);
    }

    /// <summary>A year the warehouse has; null when absent or not one (then <see cref="Offered"/> refuses it).</summary>
    private static int? Year(PageData data, string? text) =>
        Formats.Int(text) is { } year
        && data.Cache.Get(data.Key("years"), () => Data.TrendQueries.Years(data.Store, data.Tables)).Contains(year) ? year : null;

    /// <summary>Whether every filter given is one the pages offer this viewer.</summary>
    private static bool Offered(PageData data, IQueryCollection query, TrendFilter filter) =>
        (!query.ContainsKey("from") || filter.FromYear is not null) && (!query.ContainsKey("to") || filter.ToYear is not null)
        && (filter.AreaCode is null
            || data.Cache.Get(data.Key("areas"), () => Data.TrendQueries.Areas(data.Store, data.Tables, data.Viewer))
                .Contains(filter.AreaCode))
        && (filter.UnitKind is null || Glossary.UnitKinds.Contains(filter.UnitKind))
        && (filter.Role is null || Glossary.Roles.Contains(filter.Role))
        && (filter.UnitCode is null || UnitQueries.Find(data.Store, data.Tables, data.Viewer, filter.UnitCode) is not null);

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
