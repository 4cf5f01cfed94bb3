using System.Globalization;
using Analytics.Dashboards.Charts;
using Analytics.Warehouse.Trends;

namespace Analytics.Dashboards.Briefing;

/// <summary>briefing.docx: the quarter's briefing as a report ("Báo cáo") of the Organisation Board,
/// laid out as a document of the Party (<see cref="PartyDocument"/>), for staff to edit, sign and file.
/// It states the figures of <see cref="BriefingFacts"/>, the same briefing.html states, in sentences
/// and tables: I. the year's ratings against the year before; II. the findings by rule and area;
/// III. the units most at risk of formalism and why; IV. completeness by source; V. what changed since
/// the last pack; VI. what the figures call for; every chart embedded where it belongs, numbered.</summary>
internal sealed partial class BriefingDocument
{
    private readonly PartyDocument _doc;
    private readonly BriefingFacts _facts;
    private readonly BriefingSettings _settings;
    private readonly IReadOnlyDictionary<string, byte[]> _charts;
    private readonly (int Width, int Height) _chartSize;
    private readonly HashSet<string> _placed = new(StringComparer.Ordinal);
    private int _chartNumber, _tableNumber;

    private BriefingDocument(PartyDocument doc, BriefingFacts facts, BriefingSettings settings,
        IReadOnlyDictionary<string, byte[]> charts, (int, int) chartSize)
    {
        _doc = doc;
        _facts = facts;
        _settings = settings;
        _charts = charts;
        _chartSize = chartSize;
    }

    /// <summary>Writes the report to <paramref name="path"/>. <paramref name="charts"/> holds each chart's
    /// PNG by chart id (<paramref name="chartSize"/> pixels); <paramref name="issuer"/> the names the
    /// masthead prints; <paramref name="pseudonymised"/> adds the sentence saying persons appear by pseudonym.</summary>
    public static void Write(string path, BriefingFacts facts, BriefingSettings settings, IssuerNames issuer,
        IReadOnlyDictionary<string, byte[]> charts, (int Width, int Height) chartSize, bool pseudonymised)
    {
        var q = facts.Quarter;
        var subject = $"tình hình đánh giá, xếp loại chất lượng quý {Roman(q.Number)} năm {q.Year}";
        using var doc = PartyDocument.Create(path, settings.FontSize, $"Báo cáo {subject}", settings.IssuerName, facts.AsOf);
        doc.Masthead(issuer.SuperiorBody, settings.IssuingBody, settings.Number, settings.Symbol, issuer.Place, facts.AsOf);
        doc.Title("Báo cáo", subject);
        var report = new BriefingDocument(doc, facts, settings, charts, chartSize);
        report.Opening(pseudonymised);
        report.Ratings();
        report.Checks();
        report.Formalism();
        report.Completeness();
        report.Changes();
        report.Proposals();
        doc.Closing($"Trên đây là báo cáo {subject} của {settings.IssuerName}.",
            settings.Recipients.Count > 0 ? settings.Recipients : BriefingSettings.DefaultRecipients,
            settings.SignerAuthority, settings.SignerTitle, settings.SignerName);
        doc.Save();
    }

    private void Opening(bool pseudonymised)
    {
        var (y, at) = (_facts.Year, _facts.AsOf);
        _doc.Paragraph("Căn cứ số liệu của kho dữ liệu đánh giá, xếp loại chất lượng "
            + $"cập nhật đến {at:HH} giờ {at:mm} "
            + $"ngày {at:dd/MM/yyyy}, {_settings.IssuerName} báo cáo như sau. "
            + $"Số liệu xếp loại là kết quả cuối cùng của năm đánh giá {y}, "
            + $"so với năm {y - 1}." + (_facts.Scoped ? " Báo cáo chỉ gồm các địa bàn được phân quyền." : "")
            + (pseudonymised
                ? " Trong bản này, cá nhân được ghi bằng mã ẩn danh (P-…) "
                    + "thay cho mã đảng viên, cán bộ; không có họ tên."
                : ""));
    }

    private void Ratings()
    {
        var y = _facts.Year;
        _doc.Heading($"I. Kết quả xếp loại chất lượng năm {y}");
        _doc.Subheading("1. Đối với đảng viên");
        Levels(_facts.Members, "đảng viên", "đồng chí");
        var ratio = _facts.ExcellentPerGood(y);
        var before = _facts.ExcellentPerGood(y - 1);
        var quota = ChartStyle.Percent(_facts.ExcellentQuota, "0");
        if (ratio is { } r)
        {
            var areas = _facts.AreasAboveQuota(y) is { } a
                ? $"; {a.Above}/{a.Of} địa bàn (địa bàn từ {QuotaChart.MinRated} đảng viên) vượt mức trần" : "";
            var areasBefore = _facts.AreasAboveQuota(y - 1) is { } b ? $", năm {y - 1}: {b.Above}/{b.Of}" : "";
            _doc.Paragraph($"Số đảng viên HTXSNV bằng {ChartStyle.Percent(r)} số đảng viên HTTNV ({Against(r, before)}), "
                + $"so với mức trần {quota} (quy tắc R01){areas}{(areas.Length > 0 ? areasBefore : "")}.");
        }
        if (_facts.SelfAboveFinal(y) is { } inflated)
            _doc.Paragraph($"Có {ChartStyle.Percent(inflated)} đảng viên tự xếp loại cao hơn kết quả cuối cùng "
                + $"({Against(inflated, _facts.SelfAboveFinal(y - 1))}).");
        Charts("levels-members", "excellent-quota", "inflation");
        _doc.Subheading("2. Đối với tổ chức đảng");
        Levels(_facts.Organisations, "tổ chức đảng", "tổ chức");
        Charts("levels-organisations");
    }

    /// <summary>How many were rated this year and the year before, then each level's count and share
    /// against the year before, best level first.</summary>
    private void Levels(IReadOnlyList<LevelCount> counts, string who, string unit)
    {
        var y = _facts.Year;
        var (rated, before) = (BriefingFacts.Rated(counts, y), BriefingFacts.Rated(counts, y - 1));
        if (rated == 0)
        {
            _doc.Paragraph($"Chưa có kết quả xếp loại {who} năm {y} trong kho dữ liệu"
                + (before > 0 ? $" (năm {y - 1}: {ChartStyle.Count(before)} {who} được xếp loại)." : "."));
            return;
        }
        var notRated = BriefingFacts.Count(counts, y, null);
        _doc.Paragraph($"Năm {y} có {ChartStyle.Count(rated)} {who} được xếp loại"
            + (before > 0 ? $" (năm {y - 1}: {ChartStyle.Count(before)}, {Difference(rated - before)})" : "")
            + (notRated > 0 ? $"; {ChartStyle.Count(notRated)} {who} không xếp loại" : "") + ". Trong đó:");
        foreach (var level in BriefingWords.LevelsBestFirst)
        {
            var share = BriefingFacts.Share(counts, y, level);
            var previous = BriefingFacts.Share(counts, y - 1, level);
            var last = level == BriefingWords.LevelsBestFirst[^1];
            _doc.Paragraph($"- {BriefingWords.LevelName(level)} ({BriefingWords.LevelCode(level)}): "
                + $"{ChartStyle.Count(BriefingFacts.Count(counts, y, level))} {unit}, chiếm {Share(share)}"
                + (previous is null ? "" : $" ({Against(share!.Value, previous)})") + (last ? "." : ";"));
        }
    }

    /// <summary>Places the given charts (those the pack drew), each with its numbered caption.</summary>
    private void Charts(params string[] ids)
    {
        foreach (var id in ids)
        {
            var spec = _facts.Charts.FirstOrDefault(c => c.Id == id);
            if (spec is null || !_charts.TryGetValue(id, out var png) || !_placed.Add(id)) continue;
            _doc.Picture(png, _chartSize.Width, _chartSize.Height, spec.TitleVi);
            _doc.Caption($"Biểu đồ {++_chartNumber}.", spec.TitleVi);
        }
    }

    private string NextTable() => $"Bảng {++_tableNumber}.";

    private static string Share(double? share) => share is { } s ? ChartStyle.Percent(s) : "chưa có số liệu";

    /// <summary>"năm 2023: 9,3%; tăng 13,0 điểm %": a share against the year before, as the key figures state it.</summary>
    private string Against(double share, double? before) =>
        $"năm {_facts.Year - 1}: " + (before is { } b ? $"{ChartStyle.Percent(b)}; {Points(share - b)}" : "chưa có số liệu");

    /// <summary>A change of share in percentage points: "tăng 13,0 điểm %", "giảm 0,4 điểm %", "không đổi".</summary>
    private static string Points(double change)
    {
        var points = Math.Round(change * 100, 1);
        return points == 0
            ? "không đổi"
            : $"{(points > 0 ? "tăng" : "giảm")} {ChartStyle.Number(Math.Abs(points), "0.0")} điểm %";
    }

    private static string Difference(long change) =>
        change == 0 ? "không đổi" : $"{(change > 0 ? "tăng" : "giảm")} {ChartStyle.Count(Math.Abs(change))}";

    private static string Roman(int quarter) => quarter switch { 1 => "I", 2 => "II", 3 => "III", _ => "IV" };

    private static string Day(DateTime? at) => at is { } t ? t.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) : "–";
}
