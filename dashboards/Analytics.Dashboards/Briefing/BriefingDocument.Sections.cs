using Analytics.Dashboards.Charts;
using Analytics.Warehouse.Trends;

namespace Analytics.Dashboards.Briefing;

// Parts II–VI of briefing.docx: findings, formalism, completeness, changes, proposals.
internal sealed partial class BriefingDocument
{
    /// <summary>Areas listed one by one in the findings-by-area table; the rest share a row.</summary>
    private const int AreaRows = 15;

    private void Checks()
    {
        var y = _facts.Year;
        var holding = _facts.Holding;
        var ofYear = _facts.HoldingOfYear;
        _doc.Heading("II. Kết quả kiểm tra theo quy định");
        if (holding.Count == 0)
        {
            _doc.Paragraph("Đến thời điểm báo cáo, không có phát hiện nào còn hiệu lực.");
            Charts("findings-by-rule");
            return;
        }
        _doc.Paragraph($"Đến thời điểm báo cáo có {ChartStyle.Count(holding.Count)} phát hiện còn hiệu lực "
            + $"(mọi năm); riêng năm {y}: "
            + $"{ofYear.Count(x => x.Severity == "violation")} vi phạm, {ofYear.Count(x => x.Severity != "violation")} cảnh báo.");
        _doc.Caption(NextTable(), "Phát hiện còn hiệu lực theo quy tắc", keepWithNext: true);
        _doc.Table(["Quy tắc", "Nội dung", "Mức độ", $"Năm {y}", "Mọi năm"],
            holding.GroupBy(x => x.Rule).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (IReadOnlyList<string>)
            [
                g.Key, BriefingWords.RuleTitle(g.Key), string.Join(", ", g.Select(x => BriefingWords.Severity(x.Severity)).Distinct()),
                ChartStyle.Count(ofYear.Count(x => x.Rule == g.Key)), ChartStyle.Count(g.Count()),
            ]).ToList(),
            [11, 48, 15, 13, 13], [false, false, false, true, true]);
        ByArea();
        Charts("findings-by-rule");
        var top = holding.Take(_facts.TopCount).ToList();
        if (top.Count == 0) return;
        _doc.Paragraph($"{top.Count} phát hiện cần xem xét trước (của năm {y} trước, vi phạm trước cảnh báo, "
            + "mỗi quy tắc lần lượt một phát hiện); danh sách đầy đủ trong tệp findings.xlsx kèm theo.");
        _doc.Caption(NextTable(), "Các phát hiện cần xem xét trước", keepWithNext: true);
        _doc.Table(["Quy tắc", "Kỳ", "Đơn vị", "Đối tượng", "Nội dung", "Trạng thái"],
            top.Select(x => (IReadOnlyList<string>)
                [x.Rule, x.Period, $"{x.UnitName} ({x.UnitCode})", x.SubjectId, x.Message, BriefingWords.Status(x.Status)]).ToList(),
            [11, 8, 21, 15, 31, 14], [false, false, false, false, false, false]);
    }

    /// <summary>Holding findings per area (rows, most first) and rule (columns, only rules with findings).</summary>
    private void ByArea()
    {
        var counts = _facts.FindingCounts;
        if (counts.Count == 0) return;
        var rules = counts.Select(c => c.Rule).Distinct().Order(StringComparer.Ordinal).ToList();
        var areas = counts.GroupBy(c => (c.AreaCode, c.AreaName))
            .OrderByDescending(g => g.Sum(c => c.Count)).ThenBy(g => g.Key.AreaCode, StringComparer.Ordinal).ToList();
        IReadOnlyList<string> Row(string label, IEnumerable<FindingCount> cells)
        {
            var list = cells.ToList();
            return [label, .. rules.Select(r => Cell(list.Where(c => c.Rule == r).Sum(c => c.Count))),
                ChartStyle.Count(list.Sum(c => c.Count))];
        }
        var rows = areas.Take(AreaRows)
            .Select(g => Row(g.Key.AreaName.Length > 0 ? $"{g.Key.AreaName} ({g.Key.AreaCode})" : g.Key.AreaCode, g)).ToList();
        if (areas.Count > AreaRows)
            rows.Add(Row($"Các địa bàn còn lại ({areas.Count - AreaRows})", areas.Skip(AreaRows).SelectMany(g => g)));
        rows.Add(Row("Cộng", counts));
        _doc.Caption(NextTable(), "Phát hiện còn hiệu lực theo địa bàn và quy tắc", keepWithNext: true);
        // A rule column is as wide as its code in bold (about 10 mm); the area's name takes the rest.
        _doc.Table(["Địa bàn", .. rules, "Cộng"], rows, [80, .. rules.Select(_ => 21), 25],
            [false, .. rules.Select(_ => true), true]);
    }

    private static string Cell(long n) => n == 0 ? "" : ChartStyle.Count(n);

    private void Formalism()
    {
        var y = _facts.Year;
        _doc.Heading("III. Nguy cơ hình thức trong đánh giá, xếp loại");
        if (_facts.FormalismRun is not { } run)
            _doc.Paragraph("Chưa có lượt chấm điểm nguy cơ hình thức nào trong kho dữ liệu; "
                + "mục này sẽ có khi việc chấm điểm được chạy.");
        else if (_facts.TopFormalism.Count == 0)
            _doc.Paragraph($"Lượt chấm điểm gần nhất không có đơn vị nào được chấm cho năm {y}.");
        else
        {
            _doc.Paragraph($"Lượt chấm điểm số {run.RunId} (ngày {Day(run.StartedAt)}, mô hình {run.ModelVersion}) "
                + "cho mỗi đơn vị "
                + "một điểm từ 0 (không có dấu hiệu) đến 1 (dấu hiệu hình thức rõ nhất), "
                + "từ kết quả tự xếp loại, xếp loại cuối cùng, "
                + "bản kiểm điểm và nhận xét nơi cư trú của đảng viên. "
                + $"Năm {y}, các đơn vị có nguy cơ cao nhất:");
            _doc.Caption(NextTable(), $"Đơn vị có nguy cơ hình thức cao nhất năm {y}", keepWithNext: true);
            _doc.Table(["Hạng", "Đơn vị", "Địa bàn", "Điểm", "Lý do"],
                _facts.TopFormalism.Select(u => (IReadOnlyList<string>)
                [
                    u.Rank?.ToString(ChartStyle.Vi) ?? "–", $"{u.UnitName} ({u.UnitCode})", u.AreaCode, ChartStyle.Number(u.Score),
                    Reasons(u),
                ]).ToList(),
                [9, 28, 10, 8, 45], [true, false, false, true, false]);
            var first = _facts.TopFormalism[0];
            _doc.Paragraph($"Đứng đầu là {first.UnitName} ({first.UnitCode}), "
                + $"điểm {ChartStyle.Number(first.Score)}: {Reasons(first)}.");
        }
        Charts("formalism-heatmap");
    }

    private static string Reasons(FormalismUnit u) =>
        u.Signals.Count == 0 ? "bất thường tổng hợp, không có tín hiệu nổi trội"
            : string.Join("; ", u.Signals.Select(BriefingWords.Signal));

    private void Completeness()
    {
        var y = _facts.Year;
        _doc.Heading("IV. Mức đầy đủ của dữ liệu theo nguồn");
        var sources = _facts.Sources;
        if (sources.Count == 0)
            _doc.Paragraph("Chưa có nguồn dữ liệu nào được nạp.");
        else
        {
            // A source expecting no unit (nothing configured, nothing delivered the year before) has no
            // completeness to state: it is said so, not counted as complete.
            var measured = sources.Where(s => s.Expected > 0).ToList();
            var incomplete = measured.Where(s => s.Delivered < s.Expected).ToList();
            var missing = incomplete.Select(s => $"nguồn {s.Source} {ChartStyle.Count(s.Expected - s.Delivered)} đơn vị");
            var unmeasured = sources.Where(s => s.Expected == 0).Select(s => s.Source).ToList();
            var said = measured.Count == 0 ? ""
                : $"{measured.Count - incomplete.Count}/{measured.Count} nguồn dữ liệu có đơn vị dự kiến "
                    + $"đã có đủ kết quả năm {y} "
                    + "của các đơn vị dự kiến"
                    + (incomplete.Count == 0 ? "." : "; còn thiếu: " + string.Join("; ", missing) + ".");
            if (unmeasured.Count > 0)
                said += (said.Length > 0 ? " " : "")
                    + $"Nguồn {string.Join(", ", unmeasured)} chưa có đơn vị dự kiến (chưa cấu hình, "
                    + "năm trước cũng chưa có đơn vị nào nộp qua nguồn) nên chưa đo được mức đầy đủ.";
            _doc.Paragraph(said);
            _doc.Caption(NextTable(), $"Đơn vị dự kiến đã nộp kết quả năm {y}, theo nguồn", keepWithNext: true);
            _doc.Table(["Nguồn", "Đã nộp / dự kiến", "Tỷ lệ", "Ngoài dự kiến", "Nạp lần cuối", "Tình trạng"],
                sources.Select(s => (IReadOnlyList<string>)
                [
                    s.Source, $"{ChartStyle.Count(s.Delivered)}/{ChartStyle.Count(s.Expected)}",
                    s.Expected == 0 ? "–" : ChartStyle.Percent(s.Completeness),
                    ChartStyle.Count(s.Unexpected), Day(s.LastDelivery),
                    s.AgeDays is { } age
                        ? $"nạp lần cuối {ChartStyle.Number(age, "0")} ngày trước" + (s.Stale ? " – quá hạn" : "")
                        : "chưa từng nạp",
                ]).ToList(),
                [20, 16, 11, 13, 15, 25], [false, true, true, true, false, false]);
            _doc.Paragraph("Đơn vị dự kiến: theo cấu hình của nguồn; "
                + "nguồn không cấu hình thì là các đơn vị đã nộp năm trước.");
        }
        Charts("completeness");
    }
}
