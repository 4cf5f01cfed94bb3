using Analytics.Warehouse.Store;
using Analytics.Web.Tests.Helpers;
using Microsoft.Playwright;

namespace Analytics.Web.Tests;

/// <summary>A person in Chromium: logs in, filters the findings, acknowledges one, and after the checks
/// run again on the same period the finding is still acknowledged (the review survives re-checks).</summary>
[Trait(Category.Name, Category.Integration)]
public sealed class BrowserTests(Browser browser) : IClassFixture<Browser>
{
    [Fact]
    public async Task Acknowledged_finding_stays_acknowledged_after_a_recheck()
    {
        await using var server = await DashboardServer.Start();
        var page = await browser.NewPage();
        await Browser.LogIn(page, server.Address, "analyst");
        Assert.EndsWith("/findings", page.Url, StringComparison.Ordinal);

        await page.Locator("#f-rule").SelectOptionAsync("R01");
        await page.Locator("#apply").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("rule=R01", StringComparison.Ordinal));
        var rows = page.Locator("#findings tbody tr");
        await rows.First.WaitForAsync();
        Assert.All(await page.Locator("#findings tbody tr td:first-child").AllInnerTextsAsync(), rule => Assert.Equal("R01", rule));
        var id = await rows.First.GetAttributeAsync("data-finding");
        var period = await rows.First.Locator("td:nth-child(2)").InnerTextAsync();

        await rows.First.Locator("td:first-child a").ClickAsync();
        await page.Locator("#review").WaitForAsync();
        await page.Locator("#note").FillAsync("Đã giao Ban Tổ chức huyện rà soát lại tỷ lệ.");
        await page.Locator("#acknowledge").ClickAsync();
        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("Đã tiếp nhận bởi analyst");
        await Assertions.Expect(page.Locator("#events")).ToContainTextAsync("Đã giao Ban Tổ chức huyện rà soát lại tỷ lệ.");

        using (var store = WarehouseStore.Open(server.Warehouse)) DemoProvince.Recheck(store, period);

        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("Đã tiếp nhận bởi analyst");
        Assert.DoesNotContain("hết hiệu lực", await page.Locator("#status").InnerTextAsync(), StringComparison.Ordinal);

        await page.GotoAsync(new Uri(server.Address, "/findings?status=acknowledged").ToString());
        await Assertions.Expect(page.Locator("#findings tbody tr")).ToHaveCountAsync(1);
        Assert.Equal(id, await page.Locator("#findings tbody tr").GetAttributeAsync("data-finding"));
    }

    /// <summary>Screenshots of the main pages, the briefings page and the page of a login refused for too many
    /// attempts. By default of the test province into a temporary folder;
    /// with ANALYTICS_WEB_SCREENSHOT_WAREHOUSE (a copy of a warehouse) and ANALYTICS_WEB_SCREENSHOTS (a
    /// folder), of that warehouse into that folder — how docs/images/web/*.png are made.</summary>
    [Fact]
    public async Task Main_pages_render_in_chromium()
    {
        var warehouse = Environment.GetEnvironmentVariable("ANALYTICS_WEB_SCREENSHOT_WAREHOUSE");
        var keep = Environment.GetEnvironmentVariable("ANALYTICS_WEB_SCREENSHOTS");
        var output = keep ?? Directory.CreateTempSubdirectory("analytics-web-shots-").FullName;
        Directory.CreateDirectory(output);
        try
        {
            await Screenshots(warehouse, output);
        }
        finally
        {
            if (keep is null) Directory.Delete(output, true);
        }
    }

    private async Task Screenshots(string? warehouse, string output)
    {
        const int Attempts = 3;
        await using var server = await DashboardServer.Start(warehouse,
            configure: o => o with { Sessions = o.Sessions with { LoginAttemptsPerName = Attempts } });
        var page = await browser.NewPage();
        await Browser.LogIn(page, server.Address, "admin");

        async Task Shot(string path, string waitFor, string file)
        {
            await page.GotoAsync(new Uri(server.Address, path).ToString());
            await page.Locator(waitFor).First.WaitForAsync();
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            await page.ScreenshotAsync(new() { Path = Path.Combine(output, file), FullPage = true });
        }

        await Shot("/", "#key-figures", "overview.png");
        await Shot("/trends", "#trend-table", "trends.png");
        await Shot("/findings", "#findings", "findings.png");
        var finding = await page.Locator("#findings tbody tr td:first-child a").First.GetAttributeAsync("href");
        var unit = await page.Locator("#findings tbody tr td:nth-child(3) a").First.GetAttributeAsync("href");
        await Shot(finding!, "#review", "finding.png");
        await Shot(unit!, "#distribution", "unit.png");
        await Shot("/sources", "#freshness", "sources.png");
        await Shot("/briefings", "#packs, #no-packs", "briefings.png");

        var stranger = await browser.NewPage();
        await stranger.GotoAsync(new Uri(server.Address, "/login").ToString());
        for (var i = 0; i <= Attempts; i++)
        {
            await stranger.Locator("#name").FillAsync("khach");
            await stranger.Locator("#password").FillAsync("đoán-thử-" + i);
            await stranger.Locator("#login").ClickAsync();
            await stranger.WaitForLoadStateAsync(LoadState.NetworkIdle);
        }
        await Assertions.Expect(stranger.Locator("#message")).ToContainTextAsync("Xin thử lại sau");
        await stranger.ScreenshotAsync(new() { Path = Path.Combine(output, "login-limit.png"), FullPage = true });
        foreach (var file in new[] { "overview", "trends", "findings", "finding", "unit", "sources", "briefings", "login-limit" })
            Assert.True(new FileInfo(Path.Combine(output, file + ".png")).Length > 10_000, file);
    }
}
