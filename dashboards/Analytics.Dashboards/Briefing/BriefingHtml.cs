using System.Text;
using Analytics.Dashboards.Charts;
using Analytics.Warehouse.Checks;
using static Analytics.Dashboards.Briefing.Html;

namespace Analytics.Dashboards.Briefing;

/// <summary>briefing.html: one self-contained page in Vietnamese (styles inline, the charts as
/// relative links to the pack's PNG files): key figures, the charts, the top findings, the units
/// most at risk of formalism with their reasons, and what changed since the previous quarter.</summary>
internal static partial class BriefingHtml
{
    private const string Style = """
        body{font-family:"DejaVu Sans",Arial,sans-serif;max-width:1240px;margin:24px auto;padding:0 16px;color:#1d2733;line-height:1.45}
        h1{font-size:26px;margin-bottom:4px}h2{font-size:21px;margin-top:34px;border-bottom:2px solid #0d47a1;padding-bottom:4px}
        .meta{color:#5b6b7b}table{border-collapse:collapse;width:100%;margin:10px 0;font-size:14px}
        th,td{border:1px solid #cfd8dc;padding:6px 8px;text-align:left;vertical-align:top}th{background:#eceff1}
        td.n{text-align:right;white-space:nowrap}.up{color:#c62828}.down{color:#1b7f3b}.note{color:#5b6b7b;font-size:13px}
        figure{margin:18px 0}figure img{width:100%;border:1px solid #cfd8dc}figcaption{font-size:13px;color:#5b6b7b}
        """;

    public static string Render(BriefingFacts facts)
    {
        var q = facts.Quarter;
        var sb = new StringBuilder(64 * 1024);
        sb.Append("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n");
        sb.Append($"<title>Báo cáo quý {q.Number}/{q.Year} – đánh giá, xếp loại chất lượng</title>\n<style>{Style}</style>\n</head>\n<body>\n");
        sb.Append($"<h1>Báo cáo quý {q.Number}/{q.Year}: đánh giá, xếp loại chất lượng</h1>\n");
        sb.Append($"<p class=\"meta\">Lập lúc {facts.AsOf:HH:mm dd/MM/yyyy} từ kho dữ liệu xếp loại. Số liệu xếp loại là của năm đánh giá {q.Year} (kết quả cuối cùng), so với năm {q.Year - 1}."
            + (facts.Scoped ? " Báo cáo chỉ gồm các địa bàn được phân quyền." : "") + "</p>\n");
        KeyFigures(sb, facts);
        Charts(sb, facts.Charts);
        TopFindings(sb, facts);
        TopFormalism(sb, facts);
        Changes(sb, facts);
        sb.Append("<p class=\"note\">Kèm theo: findings.xlsx (toàn bộ phát hiện), các biểu đồ dạng PNG và SVG trong thư mục charts/.</p>\n</body>\n</html>\n");
        return sb.ToString();
    }

    private static void KeyFigures(StringBuilder sb, BriefingFacts f)
    {
        var y = f.Year;
        sb.Append("<h2>Số liệu chính</h2>\n<table>\n<tr><th>Chỉ tiêu</th><th>Năm ").Append(y).Append("</th><th>Năm ").Append(y - 1).Append("</th><th>Thay đổi</th></tr>\n");
        foreach (var (counts, who) in new[] { (f.Members, "đảng viên"), (f.Organisations, "tổ chức đảng") })
        {
            var (rated, before) = (BriefingFacts.Rated(counts, y), BriefingFacts.Rated(counts, y - 1));
            Row(sb, $"Số {who} được xếp loại", ChartStyle.Count(rated), ChartStyle.Count(before), before == 0 ? "" : Signed(rated - before, "#,0"));
            foreach (var (level, code, name, _) in ChartStyle.Levels.Reverse())
                ShareRow(sb, $"– {who} {code} ({name})", BriefingFacts.Share(counts, y, level), BriefingFacts.Share(counts, y - 1, level));
        }
        double? Ratio(int year)
        {
            var rows = f.Quota.Where(r => r.Year == year).ToList();
            var good = rows.Sum(r => r.Good);
            return good == 0 ? null : (double)rows.Sum(r => r.Excellent) / good;
        }
        ShareRow(sb, $"Số đảng viên HTXSNV so với số HTTNV (mức trần {ChartStyle.Percent(f.ExcellentQuota, "0")})", Ratio(y), Ratio(y - 1));
        string Above(int year)
        {
            var rows = f.Quota.Where(r => r.Year == year && r.Rated >= QuotaChart.MinRated && r.ExcellentPerGood is not null).ToList();
            return rows.Count == 0 ? "–" : $"{rows.Count(r => r.ExcellentPerGood > f.ExcellentQuota)}/{rows.Count}";
        }
        Row(sb, $"Địa bàn vượt mức trần HTXSNV (địa bàn từ {QuotaChart.MinRated} đảng viên)", Above(y), Above(y - 1), "");
        double? Inflated(int year)
        {
            var rows = f.Gaps.Where(r => r.Year == year).ToList();
            var pairs = rows.Sum(r => r.Pairs);
            return pairs == 0 ? null : (double)rows.Sum(r => r.Above) / pairs;
        }
        ShareRow(sb, "Đảng viên tự xếp loại cao hơn kết quả cuối cùng", Inflated(y), Inflated(y - 1));
        var holding = f.Findings.Where(x => x.Holds).ToList();
        var ofYear = holding.Where(x => x.Period.StartsWith(y.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)).ToList();
        Row(sb, $"Phát hiện còn hiệu lực của năm {y} (vi phạm / cảnh báo)",
            $"{ofYear.Count(x => x.Severity == "violation")} / {ofYear.Count(x => x.Severity != "violation")}", "", "");
        Row(sb, "Phát hiện còn hiệu lực, mọi năm", ChartStyle.Count(holding.Count), "", "");
        Row(sb, "Chấm điểm nguy cơ hình thức", f.FormalismRun is { } run ? $"lượt {run.RunId}, {run.StartedAt:dd/MM/yyyy}, mô hình {run.ModelVersion}" : "chưa có lượt chấm điểm nào", "", "");
        foreach (var s in f.Sources)
            Row(sb, $"Nguồn {s.Source}: đơn vị dự kiến đã nộp kết quả năm {y}",
                $"{ChartStyle.Count(s.Delivered)}/{ChartStyle.Count(s.Expected)} ({ChartStyle.Percent(s.Completeness)})",
                "", s.AgeDays is { } age ? $"nạp lần cuối {ChartStyle.Number(age, "0")} ngày trước" + (s.Stale ? " – quá hạn" : "") : "chưa từng nạp");
        sb.Append("</table>\n");
    }

    private static void Row(StringBuilder sb, string label, string now, string before, string change) =>
        sb.Append("<tr><td>").Append(Encode(label)).Append("</td><td class=\"n\">").Append(Encode(now)).Append("</td><td class=\"n\">")
          .Append(Encode(before)).Append("</td><td class=\"n\">").Append(Encode(change)).Append("</td></tr>\n");

    private static void ShareRow(StringBuilder sb, string label, double? now, double? before)
    {
        var change = now is { } a && before is { } b ? Signed(Math.Round((a - b) * 100, 1), "0.0") + " điểm %" : "";
        Row(sb, label, now is { } n ? ChartStyle.Percent(n) : "–", before is { } p ? ChartStyle.Percent(p) : "–", change);
    }

    /// <summary>+1,2 / −0,4 / 0,0: the sign shown, never "-0,0".</summary>
    private static string Signed(double x, string format) =>
        x == 0 || ChartStyle.Number(Math.Abs(x), format) == ChartStyle.Number(0, format) ? ChartStyle.Number(0, format)
            : (x > 0 ? "+" : "−") + ChartStyle.Number(Math.Abs(x), format);

    private static void Charts(StringBuilder sb, IReadOnlyList<ChartSpec> charts)
    {
        sb.Append("<h2>Biểu đồ</h2>\n");
        foreach (var c in charts)
            sb.Append("<figure><img src=\"charts/").Append(Encode(c.FileName)).Append(".png\" alt=\"").Append(Encode(c.TitleVi)).Append("\"><figcaption>")
              .Append(Encode(c.TitleVi)).Append(" · <a href=\"charts/").Append(Encode(c.FileName)).Append(".svg\">SVG</a></figcaption></figure>\n");
    }

    private static string RuleTitle(string rule) => CheckCatalog.Find(rule)?.TitleVi ?? rule;
}
