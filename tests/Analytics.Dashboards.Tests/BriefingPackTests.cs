using System.IO.Compression;
using Analytics.Dashboards.Briefing;
using Analytics.Dashboards.Tests.Helpers;
using Analytics.Warehouse.Trends;
using MiniExcelLibs;

namespace Analytics.Dashboards.Tests;

/// <summary>The quarterly pack: every chart as PNG and SVG, briefing.html in Vietnamese with the key
/// figures, top findings, formalism reasons and changes, findings.xlsx, and a zip holding them all.</summary>
public sealed class BriefingPackTests(ScoredProvince province) : IClassFixture<ScoredProvince>
{
    private static readonly string[] ChartFiles =
        ["levels-members", "levels-organisations", "excellent-quota", "inflation", "formalism-heatmap", "findings-by-rule", "completeness"];

    private BriefingResult Write(string folder, BriefingOptions? options = null) =>
        BriefingPack.Write(province.Store, "2024-Q4", folder, options ?? new BriefingOptions { AsOf = DateTime.Now.AddMinutes(1) });

    [Fact]
    public void The_pack_holds_every_chart_the_html_the_workbook_the_document_and_a_zip_of_them()
    {
        using var temp = new TempFolder();
        var result = Write(temp.Path);
        var expected = ChartFiles.SelectMany(c => new[] { $"charts/{c}.png", $"charts/{c}.svg" })
            .Concat(["briefing.html", "findings.xlsx", "briefing.docx"]).ToList();
        Assert.Equal(expected, result.Files.Select(f => Path.GetRelativePath(temp.Path, f).Replace('\\', '/')));
        Assert.All(result.Files, f => Assert.True(new FileInfo(f).Length > 1000, f));
        Assert.Equal(Path.Combine(temp.Path, "briefing-2024-Q4.zip"), result.ZipPath);
        using var zip = ZipFile.OpenRead(result.ZipPath);
        Assert.Equal(expected, zip.Entries.Select(e => e.FullName));
        Assert.Equal(result.Files.Select(f => new FileInfo(f).Length), zip.Entries.Select(e => e.Length));
        Assert.Equal((1200, 675), Pictures.PngSize(File.ReadAllBytes(Path.Combine(temp.Path, "charts", "inflation.png"))));
        // No PDF unless asked for, and nothing to say about it.
        Assert.False(File.Exists(Path.Combine(temp.Path, "briefing.pdf")));
        Assert.Null(result.PdfNote);
    }

    [Fact]
    public void The_html_speaks_Vietnamese_and_names_figures_findings_reasons_and_changes()
    {
        using var temp = new TempFolder();
        Write(temp.Path);
        var html = File.ReadAllText(Path.Combine(temp.Path, "briefing.html"));
        foreach (var phrase in new[]
        {
            "<html lang=\"vi\">", "<h1>Báo cáo quý 4/2024: đánh giá, xếp loại chất lượng</h1>",
            "<h2>Số liệu chính</h2>", "<h2>Biểu đồ</h2>", "<h2>Phát hiện nổi bật</h2>",
            "<h2>Đơn vị có nguy cơ hình thức cao nhất</h2>", "<h2>Thay đổi so với quý trước</h2>",
            // key figures: 54 members rated in 2024 and in 2023; HTXSNV 22.2% against 9.3% (a "+" is encoded, as HtmlEncoder does).
            "<tr><td>Số đảng viên được xếp loại</td><td class=\"n\">54</td><td class=\"n\">54</td>"
                + "<td class=\"n\">0</td></tr>",
            "<tr><td>– đảng viên HTXSNV (Hoàn thành xuất sắc nhiệm vụ)</td>"
                + "<td class=\"n\">22,2%</td><td class=\"n\">9,3%</td>"
                + "<td class=\"n\">&#x2B;13,0 điểm %</td></tr>",
            "<td>Địa bàn vượt mức trần HTXSNV (địa bàn từ 20 đảng viên)</td>"
                + "<td class=\"n\">1/2</td><td class=\"n\">0/2</td>",
            // top findings, with the rule's Vietnamese title (HTML-encoded quotes)
            "R01 – Vượt tỷ lệ &quot;Hoàn thành xuất sắc nhiệm vụ&quot;", "Đảng bộ xã Hòa Bình (A2-DU)",
            "8 đảng viên HTXSNV so với 14 HTTNV",
            "R04 – Tổ chức đảng &quot;Hoàn thành xuất sắc nhiệm vụ&quot; nhưng chưa đủ điều kiện",
            // formalism with reasons
            "<td>Đảng bộ xã Hòa Bình (A2-DU)</td><td>A2</td><td class=\"n\">0,90</td>"
                + "<td>tự xếp loại cao hơn kết quả cuối cùng một cách có hệ thống; "
                + "số HTXSNV năm nào cũng sát mức trần</td>",
            // changes since the end of the previous quarter (30/09/2024)
            "Từ khi kết thúc quý 3/2024 (30/09/2024)", "<li>2 phát hiện mới;",
            "Phát hiện còn hiệu lực: 0 lúc kết thúc quý trước, 2 hiện nay",
            "Lượt kiểm tra đầu tiên diễn ra sau mốc so sánh",
            "<img src=\"charts/levels-members.png\" alt=\"Xếp loại chất lượng đảng viên theo năm\"",
        })
            Assert.Contains(phrase, html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_workbook_lists_every_finding_under_Vietnamese_headers()
    {
        using var temp = new TempFolder();
        Write(temp.Path);
        var rows = MiniExcel.Query(Path.Combine(temp.Path, "findings.xlsx"), useHeaderRow: true, sheetName: FindingsWorkbook.SheetName)
            .Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(FindingsWorkbook.Headers, rows[0].Keys);
        Assert.Equal(
            [("R01", "A2-DU", "Đảng bộ xã Hòa Bình", "vi phạm"), ("R04", "A1-CB2", "Chi bộ thôn Đoài", "vi phạm")],
            rows.Select(r =>
                ((string)r["Quy tắc"], (string)r["Mã đơn vị"], (string)r["Tên đơn vị"], (string)r["Mức độ"])));
    }

    [Fact]
    public void Formula_like_cells_are_neutralised_in_the_workbook()
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "findings.xlsx");
        string[] evil = ["=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd", "safe = text"];
        FindingsWorkbook.Write(path, evil.Select((e, i) =>
            new FindingRow($"id{i}", "R01", "2023", "2024", "unit", e, "U1", e, "A1", "violation", e, "reg", true, "new", null)).ToList());
        var rows = MiniExcel.Query(path, useHeaderRow: true, sheetName: FindingsWorkbook.SheetName)
            .Cast<IDictionary<string, object>>().ToList();
        // XML reads a lone carriage return back as a line feed; the apostrophe in front is what counts.
        string[] expected = ["'=HYPERLINK(\"http://x\")", "'+1+1", "'-2+3", "'@SUM(A1)", "'\tcmd", "'\ncmd", "safe = text"];
        Assert.Equal(expected, rows.Select(r => (string)r["Mã đối tượng"]));
        Assert.Equal(expected, rows.Select(r => (string)r["Tên đơn vị"]));
        Assert.Equal(expected, rows.Select(r => (string)r["Nội dung"]));
    }

    [Fact]
    public void An_empty_workbook_still_has_its_headers()
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "findings.xlsx");
        FindingsWorkbook.Write(path, []);
        var rows = MiniExcel.Query(path, useHeaderRow: false, sheetName: FindingsWorkbook.SheetName)
            .Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(FindingsWorkbook.Headers, rows.Single().Values.Cast<string>());
    }

    [Fact]
    public void A_scoped_pack_leaves_other_areas_out_of_every_file()
    {
        using var temp = new TempFolder();
        var result = Write(temp.Path, new BriefingOptions { AreaScope = ["A1"], AsOf = DateTime.Now.AddMinutes(1) });
        var html = File.ReadAllText(Path.Combine(temp.Path, "briefing.html"));
        Assert.Contains("Báo cáo chỉ gồm các địa bàn được phân quyền.", html, StringComparison.Ordinal);
        Assert.Contains("Chi bộ thôn Đoài (A1-CB2)", html, StringComparison.Ordinal);
        foreach (var file in result.Files.Where(f =>
            f.EndsWith(".svg", StringComparison.Ordinal) || f.EndsWith(".html", StringComparison.Ordinal)))
            Assert.DoesNotContain("Hòa Bình", File.ReadAllText(file), StringComparison.Ordinal);
        var document = PackFiles.Text(Path.Combine(temp.Path, "briefing.docx"));
        Assert.Contains("Báo cáo chỉ gồm các địa bàn được phân quyền.", document, StringComparison.Ordinal);
        Assert.Contains("Chi bộ thôn Đoài (A1-CB2)", document, StringComparison.Ordinal);
        Assert.DoesNotContain("Hòa Bình", document, StringComparison.Ordinal);
        var rows = MiniExcel.Query(Path.Combine(temp.Path, "findings.xlsx"), useHeaderRow: true, sheetName: FindingsWorkbook.SheetName)
            .Cast<IDictionary<string, object>>();
        Assert.Equal(["A1-CB2"], rows.Select(r => (string)r["Mã đơn vị"]));
    }

    [Fact]
    public void A_bad_quarter_is_refused_before_anything_is_written()
    {
        using var temp = new TempFolder();
        var folder = Path.Combine(temp.Path, "pack");
        var e = Assert.Throws<ArgumentException>(() => BriefingPack.Write(province.Store, "2024-Q7", folder, new BriefingOptions()));
        Assert.StartsWith("quarter '2024-Q7' is not of the form YYYY-Qn", e.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder));
    }
}
