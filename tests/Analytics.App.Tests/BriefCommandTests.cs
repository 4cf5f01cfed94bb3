using System.IO.Compression;
using Analytics.Dashboards.Briefing;
using Microsoft.Extensions.Configuration;
using MiniExcelLibs;

namespace Analytics.App.Tests;

/// <summary>`analytics brief --quarter Q --out DIR`: the pack's files exist, the zip holds them, the
/// html speaks Vietnamese and lists the findings, and the workbook neutralises formula-like cells
/// that came from the delivered data.</summary>
public sealed class BriefCommandTests
{
    private static string Submission(CliRunner cli)
    {
        cli.Write("x1/units.csv", """
            unit_code,unit_name,unit_kind,parent_code,area_code,valid_from
            X1-DU,"=HYPERLINK(""http://evil"")",grassroots_party_org,,X1,2020-01-01
            X1-CB1,Chi bộ thôn Một,party_cell,X1-DU,X1,2020-01-01
            """);
        var people = new List<string> { "person_id,full_name,party_member,admitted_on" };
        var ratings = new List<string> { "record_id,period,subject_kind,subject_id,unit_code,role,channel,level,discipline,decided_on" };
        // 5 HTXSNV against 5 HTTNV: above the 20% quota (R01); "+P11" disciplined yet HTTNV (R03).
        for (var i = 1; i <= 11; i++)
        {
            var id = i == 11 ? "+P11" : $"P{i:00}";
            people.Add($"{id},Đảng viên {i},true,2010-01-01");
            ratings.Add($"R{i}-S,2024,person,{id},X1-CB1,party_member,self,{(i <= 5 ? "HTXSNV" : "HTTNV")},none,2024-12-01");
            ratings.Add($"R{i}-F,2024,person,{id},X1-CB1,party_member,final,{(i <= 5 ? "HTXSNV" : "HTTNV")}," +
                $"{(i == 11 ? "warning" : "none")},2024-12-20");
        }
        cli.Write("x1/people.csv", string.Join("\n", people));
        cli.Write("x1/ratings.csv", string.Join("\n", ratings));
        return Path.Combine(cli.Root, "x1");
    }

    [Fact]
    public void Brief_writes_the_pack_for_a_quarter()
    {
        using var cli = new CliRunner();
        Assert.Equal(0, cli.Run("ingest", Submission(cli)).Exit);
        Assert.Equal(0, cli.Run("check", "--period", "2024").Exit);
        var folder = Path.Combine(cli.Root, "pack");
        var (exit, output, error) = cli.Run("brief", "--quarter", "2024-Q4", "--out", folder, "--no-pdf");
        Assert.True(exit == 0, error);
        Assert.StartsWith($"briefing pack 2024-Q4: 17 files in {folder} (", output, StringComparison.Ordinal);
        var twinZip = Path.Combine(folder, "pseudonymised", "briefing-2024-Q4-pseudonymised.zip");
        Assert.EndsWith($"""
              {Path.Combine(folder, "briefing.html")}
              {Path.Combine(folder, "briefing.docx")}
              {Path.Combine(folder, "briefing-2024-Q4.zip")}
              {twinZip} (persons by pseudonym, for viewers without the personal-data right)

            """, output.ReplaceLineEndings("\n"), StringComparison.Ordinal);

        string[] charts =
        [
            "levels-members", "levels-organisations", "excellent-quota", "inflation", "formalism-heatmap", "findings-by-rule",
            "completeness",
        ];
        var files = charts.SelectMany(c => new[] { $"charts/{c}.png", $"charts/{c}.svg" })
            .Concat(["briefing.html", "findings.xlsx", "briefing.docx"]).ToList();
        Assert.All(files, f => Assert.True(File.Exists(Path.Combine(folder, f)), f));
        Assert.False(File.Exists(Path.Combine(folder, "briefing.pdf")));
        using (var zip = ZipFile.OpenRead(Path.Combine(folder, "briefing-2024-Q4.zip")))
            Assert.Equal(files, zip.Entries.Select(e => e.FullName));
        using (var zip = ZipFile.OpenRead(Path.Combine(folder, "pseudonymised", "briefing-2024-Q4-pseudonymised.zip")))
            Assert.Equal(files, zip.Entries.Select(e => e.FullName));

        var html = File.ReadAllText(Path.Combine(folder, "briefing.html"));
        foreach (var phrase in new[]
        {
            "Báo cáo quý 4/2024: đánh giá, xếp loại chất lượng", "Số liệu chính", "Phát hiện nổi bật", "Thay đổi so với quý trước",
            "R01 – Vượt tỷ lệ &quot;Hoàn thành xuất sắc nhiệm vụ&quot;", "R03 – Bị kỷ luật nhưng xếp loại trên mức",
            "=HYPERLINK(&quot;http://evil&quot;) (X1-DU)", "Chưa có lượt chấm điểm nguy cơ hình thức nào",
        })
            Assert.Contains(phrase, html, StringComparison.Ordinal);
        Assert.DoesNotContain("=HYPERLINK(\"", html, StringComparison.Ordinal);

        var rows = MiniExcel.Query(Path.Combine(folder, "findings.xlsx"), useHeaderRow: true, sheetName: "Phát hiện")
            .Cast<IDictionary<string, object>>().ToList();
        Assert.Equal([("R01", "X1-DU", "'=HYPERLINK(\"http://evil\")"), ("R03", "'+P11", "Chi bộ thôn Một")],
            rows.Select(r => ((string)r["Quy tắc"], (string)r["Mã đối tượng"], (string)r["Tên đơn vị"])));
    }

    [Fact]
    public void The_document_settings_bind_from_the_Briefing_section()
    {
        var appsettings = Path.Combine(CliRunner.RepositoryRoot(), "app", "Analytics.App", "appsettings.json");
        var shipped = new ConfigurationBuilder().AddJsonFile(appsettings).Build()
            .GetSection(BriefingSettings.Section).Get<BriefingSettings>(o => o.ErrorOnUnknownConfiguration = true)!;
        // The shipped section spells out every default (recipients empty: the default list applies).
        Assert.Equal(new BriefingSettings() with { Recipients = shipped.Recipients }, shipped);
        Assert.Empty(shipped.Recipients);
        var configured = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Briefing:SuperiorBody"] = "TỈNH ỦY QUẢNG NINH",
            ["Briefing:Place"] = "Hạ Long",
            ["Briefing:Number"] = "127",
            ["Briefing:SignerAuthority"] = "K/T TRƯỞNG BAN",
            ["Briefing:SignerTitle"] = "PHÓ TRƯỞNG BAN",
            ["Briefing:SignerName"] = "Trần Văn Bình",
            ["Briefing:Recipients:0"] = "Thường trực Tỉnh ủy (b/c)",
            ["Briefing:Recipients:1"] = "Lưu VT",
            ["Briefing:FontSize"] = "13",
        }).Build().GetSection(BriefingSettings.Section).Get<BriefingSettings>(o => o.ErrorOnUnknownConfiguration = true)!;
        Assert.Equal(("TỈNH ỦY QUẢNG NINH", "Hạ Long", "127", "K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "Trần Văn Bình", 13.0),
            (configured.SuperiorBody, configured.Place, configured.Number, configured.SignerAuthority, configured.SignerTitle,
                configured.SignerName, configured.FontSize));
        Assert.Equal(["Thường trực Tỉnh ủy (b/c)", "Lưu VT"], configured.Recipients);
    }

    [Fact]
    public void A_bad_quarter_is_an_error_saying_the_form()
    {
        using var cli = new CliRunner();
        var (exit, _, error) = cli.Run("brief", "--quarter", "2024-Q9");
        Assert.Equal(1, exit);
        Assert.Equal("error: quarter '2024-Q9' is not of the form YYYY-Qn (e.g. 2025-Q4), n from 1 to 4\n", error.ReplaceLineEndings("\n"));
    }
}
