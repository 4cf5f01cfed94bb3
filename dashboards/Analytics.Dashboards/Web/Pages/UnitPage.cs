using Analytics.Dashboards.Web.Data;
using Analytics.Dashboards.Web.Html;
using Microsoft.AspNetCore.Http;

namespace Analytics.Dashboards.Web.Pages;

/// <summary>A unit: its versions (renames, merges), its own ratings by year, its members' distribution,
/// self vs final, findings, and formalism signals over the years. Outside the viewer's areas: 404.</summary>
internal static class UnitPage
{
    public static IResult Show(HttpContext http, string code)
    {
        using var page = Page.Open(http);
        if (UnitQueries.Head(page.Store, page.Tables, page.Viewer, code) is not { } head) return ErrorPages.NotFound(http);
        var (unit, children, versions) = head;
        var s = page.Store;
        var subtree = page.Tables.Subtree(code);
        var (own, members, selfFinal) = UnitQueries.Counts(s, page.Tables, page.Viewer, code, subtree);
        var inSubtree = subtree.ToHashSet(StringComparer.Ordinal);
        var findings = page.Cache.Get(page.Key("scoped-findings"), () => UnitQueries.Findings(s, page.Tables, page.Viewer))
            .Where(f => inSubtree.Contains(f.UnitCode)).Take(100).ToList();
        var subjects = Subjects.For(page);
        var scored = page.Cache.Get($"formalism|{page.Version.Batch}|{page.Version.FormalismRun}", () => UnitQueries.Formalism(s, page.Tables));
        var formalism = scored.Scores.GetValueOrDefault(code) ?? [];
        var features = scored.Features.GetValueOrDefault(code) ?? [];
        return Layout.Render(http, unit.Name, "", h =>
        {
            h.El("h1", unit.Name);
            h.El("p", $"{unit.Code} · {Labels.Of(Labels.UnitKinds, unit.Kind)} · địa bàn {unit.Area ?? "—"}" +
                (unit.ValidTo is { } to ? $" · hết hiệu lực từ {to.AddDays(1):dd/MM/yyyy}" : "") +
                (unit.Successor is { } succ ? $" · sáp nhập vào {succ}" : ""), ("class", "lead"), ("id", "unit-head"));
            if (unit.Parent is not null) using (h.Tag("p")) h.Text("Trực thuộc: ").A($"/units/{unit.Parent}", unit.Parent);

            using (h.Tag("div", ("class", "charts")))
                foreach (var chart in Charts.ChartBook.UnitCharts)
                    ChartEndpoint.Figure(h, chart, $"unit={Uri.EscapeDataString(code)}");

            h.El("h2", "Xếp loại của đơn vị qua các năm");
            OwnTable(h, own);
            h.El("h2", "Phân bố xếp loại cá nhân (đơn vị và các đơn vị trực thuộc)");
            Distribution(h, members);
            h.El("h2", "Tự xếp loại so với kết quả cuối cùng");
            SelfFinalTable(h, selfFinal);
            h.El("h2", "Dấu hiệu hình thức qua các năm");
            FormalismTable(h, formalism, features);
            h.El("h2", "Phát hiện");
            FindingsTable(h, findings, subjects);
            h.El("h2", "Lịch sử đơn vị");
            VersionsTable(h, versions);
            if (children.Count > 0)
            {
                h.El("h2", "Đơn vị trực thuộc");
                using (h.Tag("ul", ("id", "children")))
                    foreach (var child in children)
                        using (h.Tag("li")) h.A($"/units/{child.Code}", child.Name).Text($" · {Labels.Of(Labels.UnitKinds, child.Kind)}");
            }
        });
    }

    private static void OwnTable(HtmlWriter h, IReadOnlyList<LevelCount> own)
    {
        if (own.Count == 0) { h.El("p", "Chưa có xếp loại của đơn vị.", ("class", "muted")); return; }
        using (h.Tag("table", ("class", "grid"), ("id", "own")))
        {
            Layout.HeadRow(h, "Năm", "Vai trò", "Tự xếp loại", "Đề xuất", "Quyết định");
            using (h.Tag("tbody"))
                foreach (var g in own.GroupBy(l => (l.Year, l.Role)).OrderBy(g => g.Key.Year))
                    using (h.Tag("tr"))
                    {
                        Layout.Cell(h, g.Key.Year);
                        Layout.Cell(h, Labels.Of(Labels.Roles, g.Key.Role));
                        foreach (var channel in new[] { "self", "proposed", "final" })
                            Layout.Cell(h, string.Join(", ", g.Where(l => l.Channel == channel).Select(l => Labels.Level(l.Level))));
                    }
        }
    }

    private static void Distribution(HtmlWriter h, IReadOnlyList<LevelCount> members)
    {
        var finals = members.Where(m => m.Channel == "final").ToList();
        if (finals.Count == 0) { h.El("p", "Chưa có xếp loại cá nhân.", ("class", "muted")); return; }
        using (h.Tag("table", ("class", "grid"), ("id", "distribution")))
        {
            Layout.HeadRow(h, "Năm", "Đối tượng", "#HTXSNV", "#HTTNV", "#HTNV", "#KHTNV", "#Không xếp loại", "#Tổng", "#% HTXSNV");
            using (h.Tag("tbody"))
                foreach (var g in finals.GroupBy(l => (l.Year, l.Role)).OrderBy(g => g.Key.Year).ThenBy(g => g.Key.Role, StringComparer.Ordinal))
                {
                    long Count(int? level) => g.Where(l => l.Level == level).Sum(l => l.Count);
                    var rated = g.Where(l => l.Level is not null).Sum(l => l.Count);
                    using (h.Tag("tr"))
                    {
                        Layout.Cell(h, g.Key.Year);
                        Layout.Cell(h, Labels.Of(Labels.Roles, g.Key.Role));
                        foreach (var level in new int?[] { 4, 3, 2, 1, null }) Layout.Cell(h, Labels.Number(Count(level)), numeric: true);
                        Layout.Cell(h, Labels.Number(g.Sum(l => l.Count)), numeric: true);
                        Layout.Cell(h, rated == 0 ? "—" : Labels.Percent(100.0 * Count(4) / rated), numeric: true);
                    }
                }
        }
    }

    private static void SelfFinalTable(HtmlWriter h, IReadOnlyList<SelfFinalRow> rows)
    {
        if (rows.Count == 0) { h.El("p", "Chưa có cặp tự xếp loại – quyết định.", ("class", "muted")); return; }
        using (h.Tag("table", ("class", "grid"), ("id", "self-final")))
        {
            Layout.HeadRow(h, "Năm", "Đối tượng", "#Tự xếp cao hơn", "#Trùng", "#Tự xếp thấp hơn", "#Chênh lệch bình quân (mức)");
            using (h.Tag("tbody"))
                foreach (var r in rows)
                    using (h.Tag("tr"))
                    {
                        Layout.Cell(h, r.Year);
                        Layout.Cell(h, Labels.Of(Labels.Roles, r.Role));
                        Layout.Cell(h, Labels.Number(r.Above), numeric: true);
                        Layout.Cell(h, Labels.Number(r.Same), numeric: true);
                        Layout.Cell(h, Labels.Number(r.Below), numeric: true);
                        Layout.Cell(h, r.MeanGap?.ToString("+0.00;-0.00;0.00", Labels.Culture), numeric: true);
                    }
        }
    }

    private static void FormalismTable(HtmlWriter h, IReadOnlyList<FormalismRow> rows, IReadOnlyList<(string Period, string Feature, double? Value)> features)
    {
        if (rows.Count == 0 && features.Count == 0) { h.El("p", "Chưa có kết quả chấm điểm hình thức cho đơn vị này.", ("class", "muted")); return; }
        if (rows.Count > 0)
            using (h.Tag("table", ("class", "grid"), ("id", "formalism")))
            {
                Layout.HeadRow(h, "Kỳ", "#Điểm nguy cơ", "#Thứ hạng", "Dấu hiệu");
                using (h.Tag("tbody"))
                    foreach (var r in rows)
                        using (h.Tag("tr"))
                        {
                            Layout.Cell(h, r.Period);
                            Layout.Cell(h, r.TooSmall ? "quá ít dữ liệu" : r.Score?.ToString("0.000", Labels.Culture), numeric: true);
                            Layout.Cell(h, r.Rank, numeric: true);
                            Layout.Cell(h, string.Join(" · ", r.Signals.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(Signal)));
                        }
            }
        if (features.Count == 0) return;
        var periods = features.Select(f => f.Period).Distinct().Order(StringComparer.Ordinal).ToList();
        using (h.Tag("table", ("class", "grid"), ("id", "features")))
        {
            Layout.HeadRow(h, ["Đặc trưng", .. periods.Select(p => "#" + p)]);
            using (h.Tag("tbody"))
                foreach (var g in features.GroupBy(f => f.Feature))
                    using (h.Tag("tr"))
                    {
                        Layout.Cell(h, Analytics.Warehouse.Vocabulary.Glossary.Features.Label(g.Key));
                        foreach (var p in periods) Layout.Cell(h, g.FirstOrDefault(f => f.Period == p).Value?.ToString("0.000", Labels.Culture), numeric: true);
                    }
        }
    }

    private static string Signal(string code) => Analytics.Warehouse.Vocabulary.Glossary.Signals.InSentence(code);

    private static void FindingsTable(HtmlWriter h, List<UnitFinding> findings, Subjects subjects)
    {
        if (findings.Count == 0) { h.El("p", "Không có phát hiện.", ("class", "muted")); return; }
        using (h.Tag("table", ("class", "grid"), ("id", "unit-findings")))
        {
            Layout.HeadRow(h, "Quy tắc", "Kỳ", "Đối tượng", "Nội dung", "Trạng thái");
            using (h.Tag("tbody"))
                foreach (var f in findings)
                    using (h.Tag("tr"))
                    {
                        using (h.Tag("td")) h.A($"/findings/{f.Id}", f.Rule);
                        Layout.Cell(h, f.Period);
                        Layout.Cell(h, subjects.Show(f.SubjectKind, f.SubjectId));
                        Layout.Finding(h, f.Rule, subjects.Scrub(f.SubjectKind, f.SubjectId, f.Message));
                        using (h.Tag("td")) Layout.Badge(h, f.Status, Labels.Of(Labels.Statuses, f.Status));
                    }
        }
    }

    private static void VersionsTable(HtmlWriter h, IReadOnlyList<UnitVersionRow> versions)
    {
        using (h.Tag("table", ("class", "grid"), ("id", "versions")))
        {
            Layout.HeadRow(h, "Phiên bản", "Tên", "Loại", "Trực thuộc", "Địa bàn", "Từ ngày", "Đến ngày", "Sáp nhập vào");
            using (h.Tag("tbody"))
                foreach (var v in versions)
                    using (h.Tag("tr"))
                    {
                        Layout.Cell(h, v.Version);
                        Layout.Cell(h, v.Name);
                        Layout.Cell(h, Labels.Of(Labels.UnitKinds, v.Kind));
                        Layout.Cell(h, v.Parent);
                        Layout.Cell(h, v.Area);
                        Layout.Cell(h, v.From?.ToString("dd/MM/yyyy", Labels.Culture));
                        Layout.Cell(h, v.To?.ToString("dd/MM/yyyy", Labels.Culture));
                        Layout.Cell(h, v.Successor);
                    }
        }
    }
}
