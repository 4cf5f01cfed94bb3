using System.Text.RegularExpressions;
using Analytics.Dashboards.Briefing;
using Analytics.Dashboards.Tests.Helpers;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Analytics.Dashboards.Tests;

/// <summary>briefing.docx: a valid Word document laid out as a document of the Party (A4, the
/// guidance's margins, Times New Roman 14, the masthead, the title, page numbers from page 2, the
/// recipients and the signature), stating the warehouse's figures — the same as briefing.html — with
/// every chart embedded under a numbered caption.</summary>
public sealed class BriefingDocumentTests(ScoredProvince province, NamedMembers named)
    : IClassFixture<ScoredProvince>, IClassFixture<NamedMembers>
{
    private static readonly DateTime AsOf = DateTime.Now.AddMinutes(1);

    private static BriefingOptions Options(BriefingSettings? document = null) =>
        new() { AsOf = AsOf, Document = document ?? new BriefingSettings() };

    private string Write(TempFolder temp, BriefingOptions? options = null)
    {
        BriefingPack.Write(province.Store, "2024-Q4", temp.Path, options ?? Options());
        return Path.Combine(temp.Path, BriefingPack.DocumentFile);
    }

    [Fact]
    public void The_document_is_valid_Open_XML_on_A4_with_the_guidance_s_margins_and_font()
    {
        using var temp = new TempFolder();
        using var doc = WordprocessingDocument.Open(Write(temp), false);
        Assert.Empty(new OpenXmlValidator().Validate(doc).Select(e => $"{e.Path?.XPath}: {e.Description}"));
        var section = doc.MainDocumentPart!.Document.Body!.Elements<SectionProperties>().Single();
        var size = section.GetFirstChild<PageSize>()!;
        Assert.Equal((11906u, 16838u), (size.Width!.Value, size.Height!.Value));
        var margin = section.GetFirstChild<PageMargin>()!;
        // 20 mm top and bottom, 30 mm left, 15 mm right.
        Assert.Equal((1134, 1134, 1701u, 850u), (margin.Top!.Value, margin.Bottom!.Value, margin.Left!.Value, margin.Right!.Value));
        var defaults = doc.MainDocumentPart.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;
        Assert.Equal(("Times New Roman", "28"), (defaults.RunFonts!.Ascii!.Value, defaults.FontSize!.Val!.Value));
        var styles = doc.MainDocumentPart.StyleDefinitionsPart.Styles;
        var body = styles.Elements<Style>().Single(s => s.StyleId == "Body").StyleParagraphProperties!;
        Assert.Equal((JustificationValues.Both, "567"), (body.Justification!.Val!.Value, body.Indentation!.FirstLine!.Value));
        // Page numbers centred at the top from page 2: the first page has its own, empty header.
        Assert.NotNull(section.GetFirstChild<TitlePage>());
        var headers = section.Elements<HeaderReference>()
            .ToDictionary(h => h.Type!.Value, h => ((HeaderPart)doc.MainDocumentPart.GetPartById(h.Id!)).Header!);
        Assert.Equal(" PAGE ", headers[HeaderFooterValues.Default].Descendants<SimpleField>().Single().Instruction!.Value);
        Assert.Equal("", headers[HeaderFooterValues.First].InnerText);
    }

    [Fact]
    public void The_masthead_title_and_closing_follow_the_party_layout()
    {
        using var temp = new TempFolder();
        var settings = new BriefingSettings
        {
            Number = "27",
            SignerName = "Nguyễn Văn Minh",
            Recipients = ["Thường trực Tỉnh ủy (b/c)", "Lưu VT"],
        };
        using var doc = WordprocessingDocument.Open(Write(temp, Options(settings)), false);
        var body = doc.MainDocumentPart!.Document.Body!;
        var tables = body.Elements<Table>().ToList();
        var masthead = tables[0].Descendants<Paragraph>().Select(p => p.InnerText).ToList();
        // The province comes from the warehouse's top party committee (Tỉnh ủy Nghĩa Tân) when not configured.
        var dated = $"Nghĩa Tân, {PartyDocument.DateWords(AsOf)}";
        Assert.Equal(["TỈNH ỦY NGHĨA TÂN", "BAN TỔ CHỨC", "*", "ĐẢNG CỘNG SẢN VIỆT NAM", "Số 27-BC/BTCTU", dated],
            masthead);
        Run RunOf(string text) => body.Descendants<Run>().First(r => r.InnerText == text);
        Assert.NotNull(RunOf("BAN TỔ CHỨC").RunProperties!.Bold);
        var party = RunOf("ĐẢNG CỘNG SẢN VIỆT NAM").RunProperties!;
        Assert.Equal(("30", UnderlineValues.Single), (party.FontSize!.Val!.Value, party.Underline!.Val!.Value));
        Assert.NotNull(party.Bold);
        Assert.NotNull(RunOf(dated).RunProperties!.Italic);
        var paragraphs = body.Elements<Paragraph>().Select(p => p.InnerText).ToList();
        Assert.Equal(["BÁO CÁO", "tình hình đánh giá, xếp loại chất lượng quý IV năm 2024", "-----"], paragraphs.Take(3));
        var closing = tables[^1].Descendants<Paragraph>().Select(p => p.InnerText).ToList();
        // Four empty lines leave room for the signature and the seal.
        Assert.Equal(["Nơi nhận:", "- Thường trực Tỉnh ủy (b/c),", "- Lưu VT.", "T/M BAN TỔ CHỨC", "TRƯỞNG BAN",
            "", "", "", "", "Nguyễn Văn Minh"], closing);
        Assert.NotNull(RunOf("Nơi nhận:").RunProperties!.Underline);
    }

    [Theory]
    [InlineData(2026, 1, 5, "ngày 05 tháng 01 năm 2026")]
    [InlineData(2018, 2, 20, "ngày 20 tháng 02 năm 2018")]
    [InlineData(2018, 4, 3, "ngày 03 tháng 4 năm 2018")]
    [InlineData(2025, 12, 31, "ngày 31 tháng 12 năm 2025")]
    public void Dates_are_written_as_the_guidance_writes_them(int year, int month, int day, string expected) =>
        Assert.Equal(expected, PartyDocument.DateWords(new DateTime(year, month, day)));

    [Fact]
    public void Every_chart_is_embedded_under_a_numbered_caption()
    {
        using var temp = new TempFolder();
        var path = Write(temp);
        using var doc = WordprocessingDocument.Open(path, false);
        Assert.Equal(7, doc.MainDocumentPart!.ImageParts.Count());
        Assert.Equal(7, doc.MainDocumentPart.Document.Body!.Descendants<Drawing>().Count());
        Assert.Equal(
        [
            "Biểu đồ 1. Xếp loại chất lượng đảng viên theo năm",
            "Biểu đồ 2. Tỷ lệ HTXSNV so với HTTNV và mức trần theo địa bàn",
            "Biểu đồ 3. Tự xếp loại so với xếp loại cuối cùng theo địa bàn",
            "Biểu đồ 4. Xếp loại chất lượng tổ chức đảng theo năm",
            "Biểu đồ 5. Phát hiện vi phạm theo quy tắc và địa bàn",
            "Biểu đồ 6. Điểm nguy cơ hình thức theo địa bàn và năm",
            "Biểu đồ 7. Mức đầy đủ và độ mới của dữ liệu theo nguồn",
        ], PackFiles.Paragraphs(path).Where(p => p.StartsWith("Biểu đồ ", StringComparison.Ordinal)));
        // The pictures are the pack's own PNG files.
        var png = File.ReadAllBytes(Path.Combine(temp.Path, "charts", "levels-members.png"));
        var firstId = doc.MainDocumentPart.Document.Body!.Descendants<DocumentFormat.OpenXml.Drawing.Blip>().First().Embed!.Value;
        using var first = ((ImagePart)doc.MainDocumentPart.GetPartById(firstId!)).GetStream();
        using var copy = new MemoryStream();
        first.CopyTo(copy);
        Assert.Equal(png, copy.ToArray());
    }

    [Fact]
    public void The_report_states_the_warehouse_s_figures_in_sentences_and_tables()
    {
        using var temp = new TempFolder();
        var text = PackFiles.Text(Write(temp));
        foreach (var phrase in new[]
        {
            "I. KẾT QUẢ XẾP LOẠI CHẤT LƯỢNG NĂM 2024", "II. KẾT QUẢ KIỂM TRA THEO QUY ĐỊNH",
            "III. NGUY CƠ HÌNH THỨC TRONG ĐÁNH GIÁ, XẾP LOẠI", "IV. MỨC ĐẦY ĐỦ CỦA DỮ LIỆU THEO NGUỒN",
            "V. THAY ĐỔI SO VỚI BÁO CÁO QUÝ TRƯỚC", "VI. ĐỀ XUẤT",
            // 54 members rated in both years; finals A1 4/22/3/1 + A2 8/14/2/0 in 2024, 3/24/3/0 + 2/20/2/0 in 2023.
            "Năm 2024 có 54 đảng viên được xếp loại (năm 2023: 54, không đổi); "
                + "1 đảng viên không xếp loại. Trong đó:",
            "- Hoàn thành xuất sắc nhiệm vụ (HTXSNV): 12 đồng chí, chiếm 22,2% (năm 2023: 9,3%; tăng 13,0 điểm %);",
            "- Hoàn thành tốt nhiệm vụ (HTTNV): 36 đồng chí, chiếm 66,7% (năm 2023: 81,5%; giảm 14,8 điểm %);",
            "- Không hoàn thành nhiệm vụ (KHTNV): 1 đồng chí, chiếm 1,9% (năm 2023: 0,0%; tăng 1,9 điểm %).",
            "Số đảng viên HTXSNV bằng 33,3% số đảng viên HTTNV (năm 2023: 11,4%; tăng 22,0 điểm %), "
                + "so với mức trần 20% (quy tắc R01); "
                + "1/2 địa bàn (địa bàn từ 20 đảng viên) vượt mức trần, năm 2023: 0/2.",
            "Có 27,8% đảng viên tự xếp loại cao hơn kết quả cuối cùng (năm 2023: 11,1%; tăng 16,7 điểm %).",
            "Năm 2024 có 4 tổ chức đảng được xếp loại (năm 2023: 5, giảm 1). Trong đó:",
            "- Hoàn thành xuất sắc nhiệm vụ (HTXSNV): 2 tổ chức, chiếm 50,0% (năm 2023: 0,0%; tăng 50,0 điểm %);",
            "Đến thời điểm báo cáo có 2 phát hiện còn hiệu lực (mọi năm); "
                + "riêng năm 2024: 2 vi phạm, 0 cảnh báo.",
            // Findings by rule, by area, and the list.
            "R01\nVượt tỷ lệ \"Hoàn thành xuất sắc nhiệm vụ\"\nvi phạm\n1\n1",
            "Địa bàn\nR01\nR04\nCộng\nĐảng bộ xã Tân Phú (A1)\n\n1\n1\n"
                + "Đảng bộ xã Hòa Bình (A2)\n1\n\n1\nCộng\n1\n1\n2",
            "R01\n2024\nĐảng bộ xã Hòa Bình (A2-DU)\nA2-DU\n8 đảng viên HTXSNV so với 14 HTTNV: vượt tỷ lệ 20%\nmới",
            // Formalism: the units most at risk and why.
            "1\nĐảng bộ xã Hòa Bình (A2-DU)\nA2\n0,90\n"
                + "tự xếp loại cao hơn kết quả cuối cùng một cách có hệ thống; "
                + "số HTXSNV năm nào cũng sát mức trần",
            "Đứng đầu là Đảng bộ xã Hòa Bình (A2-DU), điểm 0,90: "
                + "tự xếp loại cao hơn kết quả cuối cùng một cách có hệ thống; "
                + "số HTXSNV năm nào cũng sát mức trần.",
            // Completeness by source, changes, proposals.
            "file-drop\n", "so-noi-vu\n",
            "- 2 phát hiện mới; 0 phát hiện không còn đúng khi kiểm tra lại (dữ liệu đã được sửa); "
                + "0 phát hiện được đánh dấu đã xử lý khi rà soát;",
            "1. Đề nghị các cấp ủy trực thuộc chỉ đạo rà soát, xử lý "
                + "2 phát hiện vi phạm năm 2024 còn hiệu lực (mục II) "
                + "và báo cáo kết quả về Ban Tổ chức Tỉnh ủy.",
        })
            Assert.Contains(phrase, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Completeness_is_stated_per_source_and_a_source_expecting_no_unit_is_not_called_complete()
    {
        using var temp = new TempFolder();
        var text = PackFiles.Text(Write(temp));
        // Without configured expectations a source expects the units that delivered the year before (2023):
        // two for file-drop, one of which has delivered nothing for 2024 (A2-DU's rating never came).
        Assert.Contains("1/2 nguồn dữ liệu có đơn vị dự kiến đã có đủ kết quả năm 2024 "
            + "của các đơn vị dự kiến; "
            + "còn thiếu: nguồn file-drop 1 đơn vị.", text, StringComparison.Ordinal);
        Assert.Contains("file-drop\n1/2\n50,0%\n", text, StringComparison.Ordinal);
        // A province first delivered in 2024: no unit delivered the year before, so nothing is expected.
        using var first = new TempFolder();
        BriefingPack.Write(named.Store, "2024-Q4", first.Path, Options());
        var firstText = PackFiles.Text(Path.Combine(first.Path, BriefingPack.DocumentFile));
        Assert.Contains("Nguồn file-drop chưa có đơn vị dự kiến "
            + "(chưa cấu hình, năm trước cũng chưa có đơn vị nào nộp qua nguồn) "
            + "nên chưa đo được mức đầy đủ.", firstText, StringComparison.Ordinal);
        Assert.Contains("file-drop\n0/0\n–\n", firstText, StringComparison.Ordinal);
        Assert.DoesNotContain("100,0%", firstText, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_figure_of_the_html_key_figures_is_in_the_document()
    {
        using var temp = new TempFolder();
        var text = PackFiles.Text(Write(temp));
        var html = File.ReadAllText(Path.Combine(temp.Path, BriefingPack.HtmlFile));
        var start = html.IndexOf("<h2>Số liệu chính</h2>", StringComparison.Ordinal);
        var keyFigures = html[start..html.IndexOf("<h2>Biểu đồ</h2>", start, StringComparison.Ordinal)];
        var figures = Regex.Matches(keyFigures, "<td class=\"n\">([^<]*)</td>").SelectMany(m => Regex.Split(m.Groups[1].Value, @"[\s()]+"))
            .Where(t => Regex.IsMatch(t, @"^[+−]?\d[\d.,/]*%?$")).Select(t => t.TrimStart('+', '−')).Distinct().ToList();
        Assert.True(figures.Count >= 15, string.Join(" ", figures));
        Assert.All(figures, figure => Assert.Contains(figure, text, StringComparison.Ordinal));
    }
}
