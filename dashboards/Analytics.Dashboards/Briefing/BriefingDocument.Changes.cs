using Analytics.Dashboards.Charts;
using Analytics.Warehouse.Trends;

namespace Analytics.Dashboards.Briefing;

// Parts V and VI of briefing.docx: what changed since the previous pack, and what the figures call for.
internal sealed partial class BriefingDocument
{
    private void Changes()
    {
        var c = _facts.Changes;
        var previous = _facts.Quarter.Previous;
        _doc.Heading("V. Thay đổi so với báo cáo quý trước");
        _doc.Paragraph($"Từ khi kết thúc quý {previous.Number}/{previous.Year} ({c.Since.AddDays(-1):dd/MM/yyyy}) "
            + $"– thời điểm lập báo cáo quý trước – đến lúc lập báo cáo này ({c.Until:HH:mm dd/MM/yyyy}):");
        _doc.Paragraph($"- {ChartStyle.Count(c.FindingsNew)} phát hiện mới; {ChartStyle.Count(c.FindingsResolvedByData)} phát hiện "
            + "không còn đúng khi kiểm tra lại (dữ liệu đã được sửa); "
            + $"{ChartStyle.Count(c.FindingsResolvedByReview)} phát hiện "
            + "được đánh dấu đã xử lý khi rà soát;");
        _doc.Paragraph($"- Phát hiện còn hiệu lực: {ChartStyle.Count(c.FindingsHoldingThen)} lúc kết thúc quý trước, "
            + $"{ChartStyle.Count(c.FindingsHoldingNow)} hiện nay "
            + $"({ChartStyle.Count(c.CheckRuns)} lượt kiểm tra trong khoảng này);");
        _doc.Paragraph($"- {ChartStyle.Count(c.BatchesLoaded)} đợt nộp dữ liệu được nạp, "
            + $"{ChartStyle.Count(c.RowsLoaded)} dòng;");
        _doc.Paragraph("- " + FormalismChange(c) + ".");
        var note = "Kho không lưu ảnh chụp số liệu của báo cáo quý trước, "
            + "nên thay đổi được tính lại từ dấu thời gian kho giữ; "
            + "số liệu xếp loại là số liệu năm nên được so sánh theo năm (mục I), không theo quý.";
        if (c.CheckRuns > 0 && c.FindingsHoldingThen == 0 && c.FindingsNew == c.FindingsHoldingNow)
            note += " Lượt kiểm tra đầu tiên diễn ra sau mốc so sánh, "
                + "nên mọi phát hiện hiện có đều được tính là mới.";
        _doc.Paragraph(PartyDocument.Text(note, italic: true));
        // A chart that no part above places (one added to the chart book later) still belongs in the report.
        var others = _facts.Charts.Select(s => s.Id).Where(id => !_placed.Contains(id) && _charts.ContainsKey(id)).ToArray();
        if (others.Length == 0) return;
        _doc.Subheading("Biểu đồ khác");
        Charts(others);
    }

    private static string FormalismChange(QuarterChanges c)
    {
        if (c.FormalismNow is null) return "Nguy cơ hình thức: chưa có lượt chấm điểm nào, chưa so sánh được";
        if (c.FormalismBefore is null)
            return $"Nguy cơ hình thức: lượt chấm {c.FormalismNow.RunId} ({c.FormalismNow.StartedAt:dd/MM/yyyy}) "
                + "là lượt đầu tiên sau mốc so sánh; không có lượt trước đó để so sánh điểm";
        if (c.FormalismBefore.RunId == c.FormalismNow.RunId)
            return $"Nguy cơ hình thức: không có lượt chấm điểm mới kể từ lượt {c.FormalismNow.RunId}; "
                + "điểm không đổi";
        var moves = string.Concat(c.LargestMoves.Select(m =>
            $"; {m.UnitName} ({m.UnitCode}, {m.Period}): {ChartStyle.Number(m.Before)} → {ChartStyle.Number(m.After)}"));
        return $"Nguy cơ hình thức: so lượt chấm {c.FormalismBefore.RunId} với lượt {c.FormalismNow.RunId} "
            + $"trên {ChartStyle.Count(c.ScoresCompared)} đơn vị – kỳ: {ChartStyle.Count(c.ScoresUp)} tăng, "
            + $"{ChartStyle.Count(c.ScoresDown)} giảm từ "
            + $"{ChartStyle.Number(QuarterChanges.MoveThreshold)} điểm trở lên{moves}";
    }

    /// <summary>What the figures above call for, item by item, only where they call for something.</summary>
    private void Proposals()
    {
        var y = _facts.Year;
        _doc.Heading("VI. Đề xuất");
        var items = new List<string>();
        var violations = _facts.HoldingOfYear.Count(x => x.Severity == "violation");
        if (violations > 0)
            items.Add("Đề nghị các cấp ủy trực thuộc chỉ đạo rà soát, xử lý "
                + $"{ChartStyle.Count(violations)} phát hiện vi phạm năm {y} "
                + $"còn hiệu lực (mục II) và báo cáo kết quả về {_settings.IssuerName}");
        if (_facts.TopFormalism.Count > 0)
            items.Add("Tập trung kiểm tra, giám sát việc đánh giá, xếp loại "
                + "tại các đơn vị có nguy cơ hình thức cao nhất (mục III), "
                + "nhất là việc tự phê bình và xếp loại theo đúng tiêu chí");
        var missing = _facts.Sources.Where(s => s.Delivered < s.Expected).ToList();
        if (missing.Count > 0)
            items.Add($"Đôn đốc các đơn vị chưa nộp kết quả năm {y} ("
                + string.Join(", ", missing.Select(s => $"nguồn {s.Source}: {ChartStyle.Count(s.Expected - s.Delivered)} đơn vị"))
                + ")");
        if (_facts.Sources.Any(s => s.Stale))
            items.Add("Kiểm tra các nguồn dữ liệu quá hạn chưa nạp (mục IV)");
        if (items.Count == 0)
            items.Add("Tiếp tục theo dõi kết quả đánh giá, xếp loại và cập nhật dữ liệu theo quy định");
        for (var i = 0; i < items.Count; i++)
            _doc.Paragraph($"{i + 1}. {items[i]}.");
    }
}
