using Microsoft.Playwright;

namespace Analytics.Web.Tests.Helpers;

/// <summary>Debian's Chromium (/usr/bin/chromium) driven by Playwright, headless; Playwright's own browser
/// download is not used. One browser per test class.</summary>
public sealed class Browser : IAsyncLifetime
{
    public const string Executable = "/usr/bin/chromium";
    private IPlaywright? _playwright;

    internal IBrowser Chromium { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        Chromium = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Executable,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>A fresh page (own cookies) with a desktop viewport and Vietnamese locale.</summary>
    internal async Task<IPage> NewPage()
    {
        var context = await Chromium.NewContextAsync(new() { ViewportSize = new() { Width = 1366, Height = 900 }, Locale = "vi-VN" });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    /// <summary>Logs in through the form and waits for the overview.</summary>
    internal static async Task LogIn(IPage page, Uri server, string user)
    {
        await page.GotoAsync(new Uri(server, "/findings").ToString());
        await page.Locator("#name").FillAsync(user);
        await page.Locator("#password").FillAsync(DashboardServer.Password);
        await page.Locator("#login").ClickAsync();
        await page.Locator("#who").WaitForAsync();
    }

    public async Task DisposeAsync()
    {
        if (Chromium is not null) await Chromium.CloseAsync();
        _playwright?.Dispose();
    }
}
