using Analytics.Dashboards.Web.Data;
using Analytics.Dashboards.Web.Html;
using Microsoft.AspNetCore.Http;

namespace Analytics.Dashboards.Web.Pages;

/// <summary>Sources: freshness per source system, the latest batches, and the quarantine (reasons and
/// rows; the raw text of a row may hold a name, so only personal-data roles see it).</summary>
internal static class SourcesPage
{
    private const int Batches = 25;

    public static IResult Show(HttpContext http)
    {
        using var page = Page.Open(http);
        var offset = Math.Max(0, (page.QueryInt("page") ?? 1) - 1) * Batches;
        var freshness = SourceQueries.Freshness(page.Store, page.Viewer);
        var batches = SourceQueries.Batches(page.Store, page.Viewer, Batches, offset);
        var reasons = SourceQueries.Reasons(page.Store, page.Viewer);
        var rejected = SourceQueries.Rejected(page.Store, page.Viewer, 25);
        return Layout.Render(http, "Nguồn dữ liệu", "sources", h =>
        {
            h.El("h1", "Nguồn dữ liệu");
            h.El("h2", "Độ mới theo nguồn");
            using (h.Tag("table", ("class", "grid"), ("id", "freshness")))
            {
                Layout.HeadRow(h, "Nguồn", "#Số lô", "#Đã nạp", "#Bị từ chối", "Lần nạp gần nhất", "#Dòng đã nạp", "#Dòng bị loại");
                using (h.Tag("tbody"))
                    foreach (var s in freshness)
                        using (h.Tag("tr"))
                        {
                            Layout.Cell(h, s.Source);
                            Layout.Cell(h, Labels.Number(s.Batches), true);
                            Layout.Cell(h, Labels.Number(s.Loaded), true);
                            Layout.Cell(h, Labels.Number(s.Rejected), true);
                            Layout.Cell(h, Labels.Time(s.LastLoaded));
                            Layout.Cell(h, Labels.Number(s.RowsLoaded), true);
                            Layout.Cell(h, Labels.Number(s.RowsQuarantined), true);
                        }
            }
            h.El("h2", "Các lô dữ liệu");
            BatchTable(h, batches);
            using (h.Tag("nav", ("class", "pager")))
            {
                if (offset > 0) h.A($"/sources?page={offset / Batches}", "← Mới hơn");
                if (batches.Count == Batches) h.A($"/sources?page={offset / Batches + 2}", "Cũ hơn →");
            }
            h.El("h2", "Dòng bị loại theo lý do");
            using (h.Tag("table", ("class", "grid"), ("id", "reasons")))
            {
                Layout.HeadRow(h, "Lý do", "#Số dòng");
                using (h.Tag("tbody"))
                    foreach (var (reason, count) in reasons)
                        using (h.Tag("tr")) { Layout.Cell(h, reason); Layout.Cell(h, Labels.Number(count), true); }
            }
            h.El("h2", "Dòng bị loại gần nhất");
            h.El("p", "25 dòng mới nhất; toàn bộ danh sách: lệnh analytics rejects." +
                (page.Viewer.PersonalData ? "" : " Nội dung gốc được ẩn vì có thể chứa họ tên (chỉ tài khoản có quyền dữ liệu cá nhân được xem)."), ("class", "note"));
            Rejected(h, rejected, page.Viewer.PersonalData);
        });
    }

    public static void BatchTable(HtmlWriter h, IReadOnlyList<BatchRow> batches)
    {
        if (batches.Count == 0) { h.El("p", "Chưa có lô dữ liệu nào.", ("class", "muted")); return; }
        using (h.Tag("table", ("class", "grid"), ("id", "batches")))
        {
            Layout.HeadRow(h, "#Lô", "Nguồn", "Bài nộp", "Bắt đầu", "Trạng thái", "#Đọc", "#Nạp", "#Không đổi", "#Bị loại");
            using (h.Tag("tbody"))
                foreach (var b in batches)
                    using (h.Tag("tr"))
                    {
                        Layout.Cell(h, b.Id, true);
                        Layout.Cell(h, $"{b.Source} ({b.Connector})");
                        Layout.Cell(h, Path.GetFileName(b.Submission.TrimEnd('/', '\\')) is { Length: > 0 } name ? name : b.Submission);
                        Layout.Cell(h, Labels.Time(b.Started));
                        Layout.Cell(h, b.Status == "loaded" ? "đã nạp" : "bị từ chối: " + b.Reason);
                        Layout.Cell(h, Labels.Number(b.Read), true);
                        Layout.Cell(h, Labels.Number(b.Loaded), true);
                        Layout.Cell(h, Labels.Number(b.Unchanged), true);
                        Layout.Cell(h, Labels.Number(b.Quarantined), true);
                    }
        }
    }

    private static void Rejected(HtmlWriter h, IReadOnlyList<QuarantinedRow> rows, bool personal)
    {
        if (rows.Count == 0) { h.El("p", "Không có dòng nào bị loại.", ("class", "muted")); return; }
        using (h.Tag("table", ("class", "grid"), ("id", "rejected")))
        {
            Layout.HeadRow(h, "#Lô", "Tệp", "#Dòng", "Cột", "Lý do", "Diễn giải", "Nội dung gốc");
            using (h.Tag("tbody"))
                foreach (var r in rows)
                    using (h.Tag("tr"))
                    {
                        Layout.Cell(h, r.BatchId, true);
                        Layout.Cell(h, r.File);
                        Layout.Cell(h, r.Line, true);
                        Layout.Cell(h, r.Column);
                        Layout.Cell(h, r.Reason);
                        Layout.Cell(h, r.Message);
                        h.El("td", personal ? r.Raw : "(ẩn)", ("class", personal ? "code" : "muted"));
                    }
        }
    }
}
