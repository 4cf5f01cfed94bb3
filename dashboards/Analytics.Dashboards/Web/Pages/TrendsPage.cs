using Analytics.Dashboards.Charts;
using Analytics.Dashboards.Web.Data;
using Analytics.Dashboards.Web.Html;
using Microsoft.AspNetCore.Http;

namespace Analytics.Dashboards.Web.Pages;

/// <summary>Trends: filters (years, area, unit kind, role) as a GET form; the chart book's charts for the
/// filter, and the same figures as a table (readable without images, and by screen readers).</summary>
internal static class TrendsPage
{
    public static IResult Show(HttpContext http)
    {
        using var page = Page.Open(http);
        var role = page.Query("role") is { } r && Labels.Roles.ContainsKey(r) ? r : "party_member";
        var kind = page.Query("kind") is { } k && Labels.UnitKinds.ContainsKey(k) ? k : null;
        var request = new TrendRequest(page.QueryInt("from"), page.QueryInt("to"), page.Query("area"), kind, role);
        var levels = TrendQueries.Levels(page.Store, page.Tables, page.Viewer, request);
        var selfFinal = TrendQueries.SelfFinal(page.Store, page.Tables, page.Viewer, request);
        var years = TrendQueries.Years(page.Store, page.Tables);
        var areas = page.Cache.Get(page.Key("areas"), () => TrendQueries.Areas(page.Store, page.Tables, page.Viewer));
        var query = new Microsoft.AspNetCore.Http.Extensions.QueryBuilder(new Dictionary<string, string?>
        {
            ["from"] = request.From?.ToString(Labels.Culture),
            ["to"] = request.To?.ToString(Labels.Culture),
            ["area"] = request.Area,
            ["kind"] = request.Kind,
            ["role"] = page.Query("role") is null ? null : request.Role,
        }.Where(p => p.Value is not null).Select(p => new KeyValuePair<string, string>(p.Key, p.Value!))).ToString().TrimStart('?');
        return Layout.Render(http, "Xu hướng", "trends", h =>
        {
            h.El("h1", "Xu hướng xếp loại");
            using (h.Tag("form", ("class", "filters"), ("method", "get"), ("action", "/trends"), ("id", "trend-filters")))
            {
                var yearOptions = years.Select(y => (y.ToString(Labels.Culture), y.ToString(Labels.Culture))).ToList();
                FindingsPage.Select(h, "from", "Từ năm", request.From?.ToString(Labels.Culture), yearOptions);
                FindingsPage.Select(h, "to", "Đến năm", request.To?.ToString(Labels.Culture), yearOptions);
                FindingsPage.Select(h, "area", "Địa bàn", request.Area, areas.Select(a => (a, a)));
                FindingsPage.Select(h, "kind", "Loại đơn vị", request.Kind, Labels.UnitKinds.Select(p => (p.Key, p.Value)));
                using (h.Tag("label"))
                {
                    h.Text("Đối tượng");
                    using (h.Tag("select", ("name", "role"), ("id", "f-role")))
                        foreach (var (value, label) in Labels.Roles) h.El("option", label, ("value", value), ("selected", value == role));
                }
                h.El("button", "Xem", ("type", "submit"), ("id", "apply"));
            }
            h.El("h2", $"{Labels.Of(Labels.Roles, role)}: kết quả cuối cùng theo năm");
            LevelsTable(h, levels, selfFinal);
            using (h.Tag("div", ("class", "charts")))
                foreach (var chart in ChartBook.All) ChartEndpoint.Figure(h, chart, query);
        });
    }

    private static void LevelsTable(HtmlWriter h, IReadOnlyList<(int Year, int? Level, long Count)> levels, IReadOnlyList<(int Year, long Above, long Paired)> selfFinal)
    {
        if (levels.Count == 0) { h.El("p", "Không có số liệu cho bộ lọc này.", ("class", "muted"), ("id", "no-data")); return; }
        using (h.Tag("table", ("class", "grid"), ("id", "trend-table")))
        {
            Layout.HeadRow(h, "Năm", "#HTXSNV", "#HTTNV", "#HTNV", "#KHTNV", "#Không xếp loại", "#% HTXSNV", "#% KHTNV", "#% tự xếp cao hơn kết quả");
            using (h.Tag("tbody"))
                foreach (var g in levels.GroupBy(l => l.Year).OrderBy(g => g.Key))
                {
                    long Count(int? level) => g.Where(l => l.Level == level).Sum(l => l.Count);
                    var rated = g.Where(l => l.Level is not null).Sum(l => l.Count);
                    var sf = selfFinal.FirstOrDefault(s => s.Year == g.Key);
                    using (h.Tag("tr"))
                    {
                        Layout.Cell(h, g.Key);
                        foreach (var level in new int?[] { 4, 3, 2, 1, null }) Layout.Cell(h, Labels.Number(Count(level)), numeric: true);
                        Layout.Cell(h, rated == 0 ? "—" : Labels.Percent(100.0 * Count(4) / rated), numeric: true);
                        Layout.Cell(h, rated == 0 ? "—" : Labels.Percent(100.0 * Count(1) / rated), numeric: true);
                        Layout.Cell(h, sf.Paired == 0 ? "—" : Labels.Percent(100.0 * sf.Above / sf.Paired), numeric: true);
                    }
                }
        }
    }
}
