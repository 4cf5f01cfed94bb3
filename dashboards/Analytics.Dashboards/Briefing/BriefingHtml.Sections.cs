using System.Text;
using Analytics.Dashboards.Charts;
using Analytics.Warehouse.Trends;
using static Analytics.Dashboards.Briefing.Html;

namespace Analytics.Dashboards.Briefing;

// The lists of briefing.html: top findings, top formalism units, what changed since last quarter.
internal static partial class BriefingHtml
{
    private static void TopFindings(StringBuilder sb, BriefingFacts f)
    {
        var top = f.Findings.Where(x => x.Holds).Take(f.TopCount).ToList();
        sb.Append("<h2>Phát hiện nổi bật</h2>\n");
        if (top.Count == 0)
        {
            sb.Append("<p>Không có phát hiện nào còn hiệu lực.</p>\n");
            return;
        }
        sb.Append($"<p>{top.Count} trong {ChartStyle.Count(f.Findings.Count(x => x.Holds))} phát hiện còn hiệu lực: của năm {f.Year} trước, vi phạm trước cảnh báo, mỗi quy tắc lần lượt một phát hiện. Danh sách đầy đủ trong findings.xlsx.</p>\n");
        sb.Append("<table>\n<tr><th>Quy tắc</th><th>Kỳ</th><th>Đơn vị</th><th>Đối tượng</th><th>Mức độ</th><th>Chi tiết (từ bộ kiểm tra)</th><th>Căn cứ</th><th>Trạng thái</th></tr>\n");
        foreach (var x in top)
            sb.Append("<tr><td>").Append(Encode($"{x.Rule} – {RuleTitle(x.Rule)}")).Append("</td><td>").Append(Encode(x.Period))
              .Append("</td><td>").Append(Encode($"{x.UnitName} ({x.UnitCode})")).Append("</td><td>").Append(Encode(x.SubjectId))
              .Append("</td><td>").Append(x.Severity == "violation" ? "vi phạm" : "cảnh báo").Append("</td><td>").Append(Encode(x.Message))
              .Append("</td><td>").Append(Encode(x.Regulation)).Append("</td><td>").Append(Encode(Status(x.Status))).Append("</td></tr>\n");
        sb.Append("</table>\n");
    }

    private static string Status(string status) => status switch
    {
        "new" => "mới",
        "acknowledged" => "đã ghi nhận",
        "resolved" => "đã xử lý",
        _ => status,
    };

    private static void TopFormalism(StringBuilder sb, BriefingFacts f)
    {
        sb.Append("<h2>Đơn vị có nguy cơ hình thức cao nhất</h2>\n");
        if (f.FormalismRun is null)
        {
            sb.Append("<p>Chưa có lượt chấm điểm nguy cơ hình thức nào trong kho dữ liệu; mục này sẽ có khi việc chấm điểm được chạy.</p>\n");
            return;
        }
        if (f.TopFormalism.Count == 0)
        {
            sb.Append($"<p>Lượt chấm điểm gần nhất không có đơn vị nào được chấm cho năm {f.Year}.</p>\n");
            return;
        }
        sb.Append($"<p>Năm {f.Year}, điểm từ 0 (không có dấu hiệu) đến 1 (dấu hiệu hình thức rõ nhất); lượt chấm {f.FormalismRun.RunId}, mô hình {Encode(f.FormalismRun.ModelVersion)}.</p>\n");
        sb.Append("<table>\n<tr><th>Hạng</th><th>Đơn vị</th><th>Địa bàn</th><th>Điểm</th><th>Lý do</th></tr>\n");
        foreach (var u in f.TopFormalism)
        {
            var reasons = u.Signals.Count == 0 ? "bất thường tổng hợp, không có tín hiệu nổi trội" : string.Join("; ", u.Signals.Select(SignalNames.Describe));
            sb.Append("<tr><td class=\"n\">").Append(u.Rank?.ToString(ChartStyle.Vi) ?? "–").Append("</td><td>").Append(Encode($"{u.UnitName} ({u.UnitCode})"))
              .Append("</td><td>").Append(Encode(u.AreaCode)).Append("</td><td class=\"n\">").Append(ChartStyle.Number(u.Score))
              .Append("</td><td>").Append(Encode(reasons)).Append("</td></tr>\n");
        }
        sb.Append("</table>\n");
    }

    private static void Changes(StringBuilder sb, BriefingFacts f)
    {
        var c = f.Changes;
        var previous = f.Quarter.Previous;
        sb.Append("<h2>Thay đổi so với quý trước</h2>\n");
        sb.Append($"<p>Từ khi kết thúc quý {previous.Number}/{previous.Year} ({c.Since.AddDays(-1):dd/MM/yyyy}) – thời điểm lập báo cáo quý trước – đến lúc lập báo cáo này ({c.Until:HH:mm dd/MM/yyyy}):</p>\n<ul>\n");
        sb.Append($"<li>{ChartStyle.Count(c.FindingsNew)} phát hiện mới; {ChartStyle.Count(c.FindingsResolvedByData)} phát hiện không còn đúng khi kiểm tra lại (dữ liệu đã được sửa); {ChartStyle.Count(c.FindingsResolvedByReview)} phát hiện được đánh dấu đã xử lý khi rà soát.</li>\n");
        sb.Append($"<li>Phát hiện còn hiệu lực: {ChartStyle.Count(c.FindingsHoldingThen)} lúc kết thúc quý trước, {ChartStyle.Count(c.FindingsHoldingNow)} hiện nay ({ChartStyle.Count(c.CheckRuns)} lượt kiểm tra trong khoảng này).</li>\n");
        sb.Append($"<li>{ChartStyle.Count(c.BatchesLoaded)} đợt nộp dữ liệu được nạp, {ChartStyle.Count(c.RowsLoaded)} dòng.</li>\n");
        if (c.FormalismNow is null)
            sb.Append("<li>Nguy cơ hình thức: chưa có lượt chấm điểm nào, chưa so sánh được.</li>\n");
        else if (c.FormalismBefore is null)
            sb.Append($"<li>Nguy cơ hình thức: lượt chấm {c.FormalismNow.RunId} ({c.FormalismNow.StartedAt:dd/MM/yyyy}) là lượt đầu tiên sau mốc so sánh; không có lượt trước đó để so sánh điểm.</li>\n");
        else if (c.FormalismBefore.RunId == c.FormalismNow.RunId)
            sb.Append($"<li>Nguy cơ hình thức: không có lượt chấm điểm mới kể từ lượt {c.FormalismNow.RunId}; điểm không đổi.</li>\n");
        else
        {
            sb.Append($"<li>Nguy cơ hình thức: so lượt chấm {c.FormalismBefore.RunId} với lượt {c.FormalismNow.RunId} trên {ChartStyle.Count(c.ScoresCompared)} đơn vị – kỳ: {ChartStyle.Count(c.ScoresUp)} tăng, {ChartStyle.Count(c.ScoresDown)} giảm từ {ChartStyle.Number(QuarterChanges.MoveThreshold)} điểm trở lên.");
            foreach (var m in c.LargestMoves)
                sb.Append(Encode($" {m.UnitName} ({m.UnitCode}, {m.Period}): {ChartStyle.Number(m.Before)} → {ChartStyle.Number(m.After)}."));
            sb.Append("</li>\n");
        }
        sb.Append("</ul>\n<p class=\"note\">Cách so sánh: kho không lưu ảnh chụp số liệu của báo cáo quý trước, nên thay đổi được tính lại từ dấu thời gian kho giữ "
            + "(lượt kiểm tra đầu tiên tìm ra mỗi phát hiện, lượt kiểm tra sau cùng còn thấy nó, thời điểm rà soát, thời điểm nạp dữ liệu, các lượt chấm điểm). "
            + "Số liệu xếp loại là số liệu năm nên được so sánh theo năm (bảng Số liệu chính), không theo quý.");
        if (c.CheckRuns > 0 && c.FindingsHoldingThen == 0 && c.FindingsNew == c.FindingsHoldingNow)
            sb.Append(" Lượt kiểm tra đầu tiên diễn ra sau mốc so sánh, nên mọi phát hiện hiện có đều được tính là mới.");
        sb.Append("</p>\n");
    }
}
