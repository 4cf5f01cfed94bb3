using Analytics.Dashboards.Web.Data;
using Analytics.Dashboards.Web.Html;
using Analytics.Warehouse.Checks;
using Microsoft.AspNetCore.Http;

namespace Analytics.Dashboards.Web.Pages;

/// <summary>The findings list: filters (rule, period, status, severity, area, unit, still holding) as a
/// GET form, so a filtered list is a link; paged with LIMIT/OFFSET.</summary>
internal static class FindingsPage
{
    public static IResult Show(HttpContext http)
    {
        using var page = Page.Open(http);
        var holds = page.Query("holds") switch { "yes" or null => true, "no" => false, _ => (bool?)null };
        var filter = new FindingFilter(Pick(page.Query("rule"), CheckCatalog.All.Select(r => r.Code)), page.Query("period"),
            Pick(page.Query("status"), FindingReview.Statuses), Pick(page.Query("severity"), Labels.Severities.Keys), page.Query("area"),
            page.Query("unit"), holds, Math.Clamp(page.QueryInt("page") ?? 1, 1, 100_000));
        var size = page.Options.PageSize;
        // A list depends only on the data version, the viewer's areas and the filter: computed once for each.
        var (total, rows) = page.Cache.Get(page.Key($"findings|{filter}|{size}"),
            () => Tuple.Create(FindingQueries.List(page.Store, page.Tables, page.Viewer, filter, size))).Item1;
        var subjects = Subjects.For(page);
        return Layout.Render(http, "Phát hiện", "findings", h =>
        {
            h.El("h1", "Phát hiện vi phạm và cảnh báo");
            Filters(h, filter, page.Query("holds") ?? "yes");
            h.El("p", $"{Labels.Number(total)} phát hiện" + (total > size ? $", trang {filter.Page} / {(total + size - 1) / size}" : ""), ("class", "note"), ("id", "count"));
            Table(h, rows, subjects);
            Pager(h, http, filter.Page, total, size);
        });
    }

    private static string? Pick(string? value, IEnumerable<string> allowed) =>
        value is null ? null : allowed.FirstOrDefault(a => string.Equals(a, value, StringComparison.OrdinalIgnoreCase)) ?? value;

    private static void Filters(HtmlWriter h, FindingFilter f, string holds)
    {
        using (h.Tag("form", ("class", "filters"), ("method", "get"), ("action", "/findings"), ("id", "filters")))
        {
            Select(h, "rule", "Quy tắc", f.Rule, CheckCatalog.All.Select(r => (r.Code, $"{r.Code} — {r.TitleVi}")));
            Input(h, "period", "Kỳ (vd. 2024)", f.Period, 8);
            Select(h, "status", "Trạng thái", f.Status, FindingReview.Statuses.Select(s => (s, Labels.Of(Labels.Statuses, s))));
            Select(h, "severity", "Mức độ", f.Severity, Labels.Severities.Select(s => (s.Key, s.Value)));
            Input(h, "area", "Địa bàn", f.Area, 6);
            Input(h, "unit", "Mã đơn vị", f.Unit, 10);
            using (h.Tag("label"))
            {
                h.Text("Hiệu lực");
                using (h.Tag("select", ("name", "holds"), ("id", "f-holds")))
                    foreach (var (value, label) in new[] { ("yes", "Còn hiệu lực"), ("no", "Hết hiệu lực theo dữ liệu"), ("all", "Tất cả") })
                        h.El("option", label, ("value", value), ("selected", value == holds));
            }
            h.El("button", "Lọc", ("type", "submit"), ("id", "apply"));
            h.A("/findings", "Bỏ lọc", ("class", "note"));
        }
    }

    internal static void Select(HtmlWriter h, string name, string label, string? current, IEnumerable<(string Value, string Label)> options)
    {
        using (h.Tag("label"))
        {
            h.Text(label);
            using (h.Tag("select", ("name", name), ("id", "f-" + name)))
            {
                h.El("option", "Tất cả", ("value", ""));
                foreach (var (value, text) in options) h.El("option", text, ("value", value), ("selected", value == current));
            }
        }
    }

    internal static void Input(HtmlWriter h, string name, string label, string? current, int size)
    {
        using (h.Tag("label"))
        {
            h.Text(label);
            h.Void("input", ("name", name), ("id", "f-" + name), ("value", current), ("size", size));
        }
    }

    private static void Table(HtmlWriter h, IReadOnlyList<FindingRow> rows, Subjects subjects)
    {
        using (h.Tag("table", ("class", "grid"), ("id", "findings")))
        {
            Layout.HeadRow(h, "Quy tắc", "Kỳ", "Đơn vị", "Đối tượng", "Nội dung", "Mức độ", "Trạng thái");
            using (h.Tag("tbody"))
                foreach (var f in rows)
                    using (h.Tag("tr", ("data-finding", f.Id)))
                    {
                        using (h.Tag("td")) h.A($"/findings/{f.Id}", f.Rule);
                        Layout.Cell(h, f.Period);
                        using (h.Tag("td"))
                        {
                            h.A($"/units/{f.UnitCode}", f.UnitCode);
                            if (f.UnitName is not null) h.Void("br").El("span", f.UnitName, ("class", "note"));
                        }
                        h.El("td", subjects.Show(f.SubjectKind, f.SubjectId), ("class", "nowrap"));
                        Layout.Finding(h, f.Rule, subjects.Scrub(f.SubjectKind, f.SubjectId, f.Message));
                        using (h.Tag("td")) Layout.Badge(h, f.Severity, Labels.Of(Labels.Severities, f.Severity));
                        using (h.Tag("td", ("class", "status")))
                        {
                            Layout.Badge(h, f.Status, Labels.Of(Labels.Statuses, f.Status));
                            if (!f.Holds) { h.Text(" "); Layout.Badge(h, "gone", "hết hiệu lực"); }
                        }
                    }
        }
    }

    private static void Pager(HtmlWriter h, HttpContext http, int current, int total, int size)
    {
        var pages = (total + size - 1) / size;
        if (pages <= 1) return;
        using (h.Tag("nav", ("class", "pager"), ("aria-label", "Phân trang")))
        {
            if (current > 1) h.A(Link(http, current - 1), "← Trang trước", ("rel", "prev"));
            h.El("span", $"Trang {current} / {pages}");
            if (current < pages) h.A(Link(http, current + 1), "Trang sau →", ("rel", "next"), ("id", "next"));
        }
    }

    private static string Link(HttpContext http, int page)
    {
        var query = http.Request.Query.Where(q => q.Key != "page").ToDictionary(q => q.Key, q => q.Value.ToString());
        query["page"] = page.ToString(Labels.Culture);
        return "/findings" + new Microsoft.AspNetCore.Http.Extensions.QueryBuilder(query).ToString();
    }
}
