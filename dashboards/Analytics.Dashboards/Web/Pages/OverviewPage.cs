using Analytics.Dashboards.Web.Data;
using Analytics.Dashboards.Web.Html;
using Analytics.Warehouse.Checks;
using Microsoft.AspNetCore.Http;

namespace Analytics.Dashboards.Web.Pages;

/// <summary>The overview: key figures of the latest rating year, findings by status and rule, the
/// findings that need attention first, and the latest batches.</summary>
internal static class OverviewPage
{
    public static IResult Show(HttpContext http)
    {
        using var page = Page.Open(http);
        var (o, subjects) = page.Cache.Get(page.Key("overview"), () =>
        {
            var overview = OverviewQueries.Load(page.Store, page.Tables, page.Viewer);
            return Tuple.Create(overview, Subjects.For(page));
        }).ToValueTuple();
        return Layout.Render(http, "Tổng quan", "overview", h =>
        {
            h.El("h1", "Tổng quan");
            h.El("p", o.Year is null ? "Kho chưa có kết quả xếp loại." : $"Số liệu năm {o.Year} (kết quả cuối cùng đang có hiệu lực)" +
                (page.Viewer.Scope is null ? ", toàn tỉnh." : $", địa bàn {string.Join(", ", page.Viewer.Scope)}."), ("class", "lead"));
            using (h.Tag("div", ("class", "cards"), ("id", "key-figures")))
            {
                Card(h, "Đảng viên được xếp loại", Labels.Number(o.MembersRated), o.Year is null ? "" : $"năm {o.Year}");
                Card(h, "Đảng viên HTXSNV", Share(o.MembersExcellent, o.MembersRated), Labels.Number(o.MembersExcellent) + " người");
                Card(h, "Đảng viên KHTNV", Share(o.MembersFailed, o.MembersRated), Labels.Number(o.MembersFailed) + " người");
                Card(h, "Tổ chức đảng HTXSNV", Share(o.OrganisationsExcellent, o.OrganisationsRated), $"trên {Labels.Number(o.OrganisationsRated)} tổ chức");
                Card(h, "Đơn vị đang hoạt động", Labels.Number(o.Units), $"{Labels.Number(o.Areas)} địa bàn");
                Card(h, "Phát hiện còn hiệu lực", Labels.Number(o.FindingsHolding), $"{Labels.Number(o.FindingsNew)} mới · {Labels.Number(o.FindingsAcknowledged)} đã tiếp nhận");
            }
            using (h.Tag("div", ("class", "two")))
            {
                using (h.Tag("section"))
                {
                    h.El("h2", "Phát hiện cần xem trước");
                    TopFindings(h, o, subjects);
                }
                using (h.Tag("section"))
                {
                    h.El("h2", "Phát hiện theo quy tắc");
                    ByRule(h, o);
                }
            }
            h.El("h2", "Lô dữ liệu mới nhất");
            SourcesPage.BatchTable(h, o.Batches);
            using (h.Tag("p")) h.A("/sources", "Xem tất cả nguồn dữ liệu, lô và dòng bị loại →");
        });
    }

    private static string Share(long part, long whole) => whole == 0 ? "—" : Labels.Percent(100.0 * part / whole);

    private static void Card(HtmlWriter h, string key, string value, string sub)
    {
        using (h.Tag("div", ("class", "card")))
        {
            h.El("div", key, ("class", "k"));
            h.El("div", value, ("class", "v"));
            h.El("div", sub, ("class", "s"));
        }
    }

    private static void TopFindings(HtmlWriter h, Overview o, Subjects subjects)
    {
        if (o.Top.Count == 0)
        {
            h.El("p", "Không có phát hiện nào đang chờ xử lý.", ("class", "muted"));
            return;
        }
        using (h.Tag("table", ("class", "grid"), ("id", "top-findings")))
        {
            Layout.HeadRow(h, "Quy tắc", "Kỳ", "Đối tượng", "Nội dung", "Trạng thái");
            using (h.Tag("tbody"))
                foreach (var f in o.Top)
                    using (h.Tag("tr"))
                    {
                        using (h.Tag("td")) h.A($"/findings/{f.Id}", f.Rule);
                        Layout.Cell(h, f.Period);
                        using (h.Tag("td"))
                        {
                            h.Text(subjects.Show(f.SubjectKind, f.SubjectId));
                            h.Void("br");
                            h.A($"/units/{f.UnitCode}", f.UnitName ?? f.UnitCode, ("class", "note"));
                        }
                        Layout.Finding(h, f.Rule, subjects.Scrub(f.SubjectKind, f.SubjectId, f.Message));
                        using (h.Tag("td")) Layout.Badge(h, f.Status, Labels.Of(Labels.Statuses, f.Status));
                    }
        }
        using (h.Tag("p")) h.A("/findings", "Tất cả phát hiện →");
    }

    private static void ByRule(HtmlWriter h, Overview o)
    {
        using (h.Tag("table", ("class", "grid"), ("id", "by-rule")))
        {
            Layout.HeadRow(h, "Quy tắc", "Nội dung", "#Mới", "#Còn hiệu lực");
            using (h.Tag("tbody"))
                foreach (var rule in CheckCatalog.All)
                {
                    var row = o.ByRule.FirstOrDefault(r => r.Rule == rule.Code);
                    using (h.Tag("tr"))
                    {
                        using (h.Tag("td")) h.A($"/findings?rule={rule.Code}", rule.Code);
                        Layout.Cell(h, rule.TitleVi);
                        Layout.Cell(h, Labels.Number(row.New), numeric: true);
                        Layout.Cell(h, Labels.Number(row.Holding), numeric: true);
                    }
                }
        }
    }
}
