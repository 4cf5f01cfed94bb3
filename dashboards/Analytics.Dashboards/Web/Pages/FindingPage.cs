using System.Text.Json;
using Analytics.Dashboards.Web.Data;
using Analytics.Dashboards.Web.Html;
using Analytics.Warehouse.Checks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Analytics.Dashboards.Web.Pages;

/// <summary>A finding: the rule and the regulation it rests on, the evidence rows, the subject's rating
/// steps in force, the review history, and the review form (acknowledge / resolve with a note).</summary>
internal static class FindingPage
{
    public static IResult Show(HttpContext http, string id)
    {
        using var page = Page.Open(http);
        var f = FindingQueries.Find(page.Store, page.Tables, page.Viewer, id);
        if (f is null) return ErrorPages.NotFound(http);
        var subjects = Subjects.For(page);
        var person = f.SubjectKind == "person" ? subjects.Person(f.SubjectId) : null;
        var year = int.TryParse(f.Period.AsSpan(0, Math.Min(4, f.Period.Length)), out var y) ? y : 0;
        var steps = f.SubjectKind == "person" && person is null ? [] :
            FindingQueries.Steps(page.Store, year, person?.Key, f.SubjectKind == "unit" ? f.SubjectId : null);
        var events = FindingQueries.Events(page.Store, f.Id);
        var rule = CheckCatalog.Find(f.Rule);
        return Layout.Render(http, $"Phát hiện {f.Rule}", "findings", h =>
        {
            h.El("h1", $"{f.Rule} — {rule?.TitleVi ?? f.Rule}");
            h.El("p", subjects.Scrub(f.SubjectKind, f.SubjectId, f.Message), ("class", "lead"), ("id", "finding-message"));
            using (h.Tag("dl", ("class", "facts")))
            {
                Fact(h, "Kỳ", f.Period);
                Fact(h, "Bộ quy định", f.RuleSet);
                Fact(h, "Căn cứ", f.Regulation);
                Fact(h, "Mức độ", Labels.Of(Labels.Severities, f.Severity));
                h.El("dt", "Đơn vị");
                using (h.Tag("dd")) h.A($"/units/{f.UnitCode}", $"{f.UnitName ?? f.UnitCode} ({f.UnitCode})").Text(f.AreaCode is null ? "" : $" · địa bàn {f.AreaCode}");
                Fact(h, "Đối tượng", (f.SubjectKind == "person" ? "Cá nhân: " : "Đơn vị: ") + subjects.Show(f.SubjectKind, f.SubjectId));
                h.El("dt", "Trạng thái");
                using (h.Tag("dd", ("id", "status")))
                {
                    Layout.Badge(h, f.Status, Labels.Of(Labels.Statuses, f.Status));
                    if (f.StatusBy is not null) h.Text($" bởi {f.StatusBy}, {Labels.Time(f.StatusAt)}");
                    if (!f.Holds) { h.Text(" "); Layout.Badge(h, "gone", "hết hiệu lực theo dữ liệu mới"); }
                }
                if (f.StatusNote is not null) Fact(h, "Ghi chú", f.StatusNote);
            }
            h.El("h2", "Bằng chứng");
            Evidence(h, subjects.Scrub(f.SubjectKind, f.SubjectId, f.Evidence ?? ""));
            h.El("h2", "Các bước xếp loại của đối tượng trong năm");
            Steps(h, steps);
            h.El("h2", "Xử lý");
            Review(h, http, f);
            if (events.Count > 0)
            {
                h.El("h2", "Lịch sử xử lý");
                using (h.Tag("table", ("class", "grid"), ("id", "events")))
                {
                    Layout.HeadRow(h, "Thời điểm", "Người thực hiện", "Từ", "Sang", "Ghi chú");
                    using (h.Tag("tbody"))
                        foreach (var e in events)
                            using (h.Tag("tr"))
                            {
                                Layout.Cell(h, Labels.Time(e.At));
                                Layout.Cell(h, e.By);
                                Layout.Cell(h, Labels.Of(Labels.Statuses, e.PreviousStatus));
                                Layout.Cell(h, Labels.Of(Labels.Statuses, e.Status));
                                Layout.Cell(h, e.Note);
                            }
                }
            }
        });
    }

    public static async Task<IResult> Review(HttpContext http, string id)
    {
        if (!await LoginPage.Valid(http)) return ErrorPages.BadRequest(http, "Biểu mẫu đã hết hạn; xin tải lại trang phát hiện rồi thao tác lại.");
        var form = await http.Request.ReadFormAsync();
        var status = form["status"].ToString();
        var note = form["note"].ToString();
        if (status is not ("acknowledged" or "resolved" or "new")) return ErrorPages.BadRequest(http, "Trạng thái không hợp lệ.");
        if (status == "resolved" && string.IsNullOrWhiteSpace(note)) return ErrorPages.BadRequest(http, "Cần ghi chú cách đã xử lý trước khi đánh dấu “Đã xử lý”.");
        if (note.Length > 2000) return ErrorPages.BadRequest(http, "Ghi chú dài quá 2000 ký tự.");
        using var page = Page.Open(http);
        if (!FindingReview.Review(page.Store, id, status, page.Viewer.Name, note, page.Viewer.Scope)) return ErrorPages.NotFound(http);
        var user = page.Viewer.Name;
        var log = http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Analytics.Dashboards.Web.Review");
        if (log.IsEnabled(LogLevel.Information)) log.LogInformation("Finding {Id} set to {Status} by {User}", id, status, user);
        return Results.Redirect($"/findings/{Uri.EscapeDataString(id)}");
    }

    private static void Fact(HtmlWriter h, string key, string? value)
    {
        h.El("dt", key);
        h.El("dd", value);
    }

    private static void Review(HtmlWriter h, HttpContext http, FindingRow f)
    {
        using (h.Tag("form", ("class", "review"), ("method", "post"), ("action", $"/findings/{f.Id}/review"), ("id", "review")))
        {
            Layout.AntiforgeryField(h, http);
            using (h.Tag("label", ("for", "note"))) h.Text("Ghi chú (bắt buộc khi đánh dấu đã xử lý)");
            h.El("textarea", f.StatusNote, ("name", "note"), ("id", "note"), ("maxlength", 2000));
            using (h.Tag("div", ("class", "actions")))
            {
                h.El("button", "Tiếp nhận", ("type", "submit"), ("name", "status"), ("value", "acknowledged"), ("id", "acknowledge"), ("disabled", f.Status == "acknowledged"));
                h.El("button", "Đã xử lý", ("type", "submit"), ("name", "status"), ("value", "resolved"), ("id", "resolve"));
                if (f.Status != "new") h.El("button", "Mở lại", ("type", "submit"), ("name", "status"), ("value", "new"), ("class", "secondary"), ("id", "reopen"));
            }
        }
    }

    /// <summary>The evidence JSON as a table: an object as field/value rows, an array of objects as rows.</summary>
    private static void Evidence(HtmlWriter h, string json)
    {
        JsonElement root;
        try
        {
            root = JsonDocument.Parse(json.Length == 0 ? "null" : json).RootElement;
        }
        catch (JsonException)
        {
            h.El("pre", json, ("class", "code"));
            return;
        }
        var rows = root.ValueKind == JsonValueKind.Array ? root.EnumerateArray().ToList() : root.ValueKind == JsonValueKind.Object ? [root] : [];
        if (rows.Count == 0) { h.El("p", "Không có bằng chứng kèm theo.", ("class", "muted")); return; }
        var columns = rows.Where(r => r.ValueKind == JsonValueKind.Object).SelectMany(r => r.EnumerateObject().Select(p => p.Name)).Distinct().ToList();
        using (h.Tag("table", ("class", "grid"), ("id", "evidence")))
        {
            Layout.HeadRow(h, [.. columns.Select(c => EvidenceNames.TryGetValue(c, out var vi) ? $"{vi} ({c})" : c)]);
            using (h.Tag("tbody"))
                foreach (var row in rows)
                    using (h.Tag("tr"))
                        foreach (var c in columns)
                            Layout.Cell(h, row.ValueKind == JsonValueKind.Object && row.TryGetProperty(c, out var v) ? Value(v) : "");
        }
    }

    private static readonly Dictionary<string, string> EvidenceNames = new(StringComparer.Ordinal)
    {
        ["role"] = "Đối tượng",
        ["excellent"] = "Số HTXSNV",
        ["good"] = "Số HTTNV",
        ["good_or_better"] = "Số HTTNV trở lên",
        ["rated"] = "Số được xếp loại",
        ["quota"] = "Mức trần",
        ["level"] = "Mức",
        ["reported"] = "Báo cáo",
        ["counted"] = "Đếm từ chi tiết",
        ["discipline"] = "Kỷ luật",
        ["finals"] = "Kết quả cuối cùng",
        ["party_organisation"] = "Tổ chức đảng",
        ["staff_share"] = "Tỷ lệ công chức HTXSNV",
        ["member_share"] = "Tỷ lệ đảng viên HTXSNV",
        ["staff_rated"] = "Công chức được xếp loại",
        ["members_rated"] = "Đảng viên được xếp loại",
        ["head_level"] = "Mức người đứng đầu",
        ["collective_level"] = "Mức tập thể",
        ["party_level"] = "Mức bên đảng",
        ["civil_service_level"] = "Mức công chức",
        ["state_level"] = "Mức bên chính quyền",
        ["state_unit"] = "Cơ quan chính quyền",
        ["agency"] = "Cơ quan",
        ["party_unit"] = "Đơn vị đảng",
        ["individuals"] = "Số cá nhân",
        ["lowest"] = "Mức thấp nhất",
        ["deadline"] = "Hạn nộp",
        ["last_decided"] = "Ngày quyết định cuối",
        ["basis"] = "Căn cứ",
        ["below_completed"] = "Dưới HTNV",
        ["weak_state"] = "Chính quyền yếu",
        ["roles"] = "Vai trò",
        ["head_role"] = "Vai trò người đứng đầu",
    };

    private static string Value(JsonElement v) => v.ValueKind switch
    {
        JsonValueKind.Null => "—",
        JsonValueKind.String => v.GetString() is { } s && Labels.Roles.TryGetValue(s, out var role) ? role : v.GetString() ?? "",
        _ => v.GetRawText(),
    };

    private static void Steps(HtmlWriter h, IReadOnlyList<RatingStep> steps)
    {
        if (steps.Count == 0) { h.El("p", "Không có bước xếp loại nào của đối tượng trong năm này.", ("class", "muted")); return; }
        using (h.Tag("table", ("class", "grid"), ("id", "steps")))
        {
            Layout.HeadRow(h, "Vai trò", "Bước", "Mức", "Điểm", "Kỷ luật", "Ngày", "Đơn vị xét", "Nguồn (lô, dòng)");
            using (h.Tag("tbody"))
                foreach (var s in steps)
                    using (h.Tag("tr"))
                    {
                        Layout.Cell(h, Labels.Of(Labels.Roles, s.Role));
                        Layout.Cell(h, Labels.Of(Labels.Channels, s.Channel));
                        Layout.Cell(h, Labels.Level(s.Level));
                        Layout.Cell(h, s.Score, numeric: true);
                        Layout.Cell(h, Labels.Of(Labels.Disciplines, s.Discipline));
                        Layout.Cell(h, s.DecidedOn?.ToString("dd/MM/yyyy", Labels.Culture));
                        Layout.Cell(h, s.UnitCode);
                        Layout.Cell(h, $"lô {s.BatchId}, dòng {s.Line}");
                    }
        }
    }
}
