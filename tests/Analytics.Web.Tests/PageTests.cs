using System.Net;
using Analytics.Web.Tests.Helpers;

namespace Analytics.Web.Tests;

/// <summary>Every page answers a logged-in user with a Vietnamese page holding its data.</summary>
[Collection("server")]
public sealed class PageTests(ServerFixture fixture)
{
    private DashboardServer Server => fixture.Server;

    [Theory]
    [InlineData("levels-members")]
    [InlineData("findings-by-rule")]
    public async Task Charts_come_as_svg(string id)
    {
        using var client = await Server.Login("analyst");
        var response = await client.GetAsync($"/charts/{id}.svg?from=2024");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType!.MediaType);
        var svg = await response.Content.ReadAsStringAsync();
        Assert.Contains("<svg", svg, StringComparison.Ordinal);
        Assert.EndsWith("</svg>", svg.TrimEnd(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/charts/no-such-chart.svg")).StatusCode);
    }

    [Fact]
    public async Task Unit_and_finding_pages_render_for_the_analyst()
    {
        var (id, message, unit, name) = Facts.FindingIn(Server, Server.AreaOne);
        using var client = await Server.Login("analyst");
        var unitPage = await client.GetPageAsync($"/units/{unit}");
        Assert.Contains($"<h1>{name}</h1>", unitPage, StringComparison.Ordinal);
        foreach (var marker in new[] { "id=\"versions\"", "id=\"unit-findings\"", "chart-unit-levels", "Dấu hiệu hình thức qua các năm" })
            Assert.Contains(marker, unitPage, StringComparison.Ordinal);
        var findingPage = await client.GetPageAsync($"/findings/{id}");
        Assert.Contains("Căn cứ", findingPage, StringComparison.Ordinal);
        Assert.Contains("id=\"evidence\"", findingPage, StringComparison.Ordinal);
        Assert.Contains("id=\"review\"", findingPage, StringComparison.Ordinal);
        // Encoded as the pages encode: markup characters escaped, Vietnamese letters kept as they are.
        var encoder = System.Text.Encodings.Web.HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);
        Assert.Contains(encoder.Encode(message), findingPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_province_unit_page_adds_up_to_the_province_trend()
    {
        using var client = await Server.Login("analyst");
        var trend = await client.GetPageAsync("/trends?from=2025&to=2025&role=party_member");
        var unit = await client.GetPageAsync("/units/TU");
        var expected = System.Text.RegularExpressions.Regex.Match(trend, "<tr><td>2025</td>((<td class=\"n\">[^<]*</td>){5})")
            .Groups[1].Value;
        Assert.NotEmpty(expected);
        Assert.Contains($"<tr><td>2025</td><td>Đảng viên</td>{expected}", unit, StringComparison.Ordinal);
        var expectedCount = Facts.One(Server, """
            SELECT count(*) FROM final_rating WHERE period = '2025' AND role = 'party_member' AND level = 4
            """, r => r.GetInt64(0));
        Assert.StartsWith($"<td class=\"n\">{expectedCount:N0}</td>".Replace(",", ".", StringComparison.Ordinal), expected,
            StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/", "Tổng quan", "key-figures")]
    [InlineData("/trends", "Xu hướng xếp loại", "trend-table")]
    [InlineData("/trends?from=2025&to=2025&role=civil_servant", "Cán bộ, công chức, viên chức", "trend-table")]
    [InlineData("/findings", "Phát hiện vi phạm và cảnh báo", "id=\"findings\"")]
    [InlineData("/findings?rule=R01&holds=all", "R01 — Vượt tỷ lệ", "id=\"findings\"")]
    [InlineData("/sources", "Độ mới theo nguồn", "id=\"batches\"")]
    [InlineData("/units/TU", "Phân bố xếp loại cá nhân (đơn vị và các đơn vị trực thuộc)", "id=\"distribution\"")]
    [InlineData("/briefings", "Bản tin hằng quý", "no-packs")]
    public async Task Page_renders_in_vietnamese(string path, string text, string marker)
    {
        using var client = await Server.Login("admin");
        var response = await client.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode}: {string.Join("\n", ListLogger.Entries)}");
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Contains("<html lang=\"vi\">", html, StringComparison.Ordinal);
        Assert.Contains(text, html, StringComparison.Ordinal);
        Assert.Contains(marker, html, StringComparison.Ordinal);
    }
}
