using System.Net;
using Analytics.Web.Tests.Helpers;

namespace Analytics.Web.Tests;

/// <summary>Every page answers a logged-in user with a Vietnamese page holding its data.</summary>
[Collection("server")]
public sealed class PageTests(ServerFixture fixture)
{
    private DashboardServer Server => fixture.Server;

    [Theory]
    [InlineData("/", "Tổng quan", "key-figures")]
    [InlineData("/trends", "Xu hướng xếp loại", "trend-table")]
    [InlineData("/trends?from=2025&to=2025&role=civil_servant", "Cán bộ, công chức, viên chức", "trend-table")]
    [InlineData("/findings", "Phát hiện vi phạm và cảnh báo", "id=\"findings\"")]
    [InlineData("/findings?rule=R01&holds=all", "R01 — Vượt tỷ lệ", "id=\"findings\"")]
    [InlineData("/sources", "Độ mới theo nguồn", "id=\"batches\"")]
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
