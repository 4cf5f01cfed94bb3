using System.Net;
using Analytics.Dashboards.Web;
using Analytics.Web.Tests.Helpers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Analytics.Web.Tests;

/// <summary>No stack trace reaches a user: a failure shows a friendly Vietnamese page with a reference, and
/// the details go to the log. The cookie principal is what Hangfire's /jobs filter checks.</summary>
public sealed class ErrorTests : IAsyncLifetime
{
    private DashboardServer _server = null!;

    public async Task InitializeAsync() => _server = await DashboardServer.Start(extra: app =>
    {
        app.MapGet("/boom", string () => throw new InvalidOperationException("secret detail 42"));
        app.MapGet("/whoami", (HttpContext http) => $"{http.User.Identity?.Name} admin={http.User.IsInRole(DashboardRoles.Admin)}");
    });

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task A_failure_shows_a_friendly_page_and_logs_the_details()
    {
        using var client = await _server.Login("analyst");
        var response = await client.GetAsync("/boom");
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("Đã có lỗi xảy ra", html, StringComparison.Ordinal);
        Assert.DoesNotContain("secret detail 42", html, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", html, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", html, StringComparison.Ordinal);
        Assert.Contains(ListLogger.Entries,
            e => e.Contains("secret detail 42", StringComparison.Ordinal) && e.Contains("/boom", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Unknown_pages_get_the_vietnamese_not_found_page()
    {
        using var client = await _server.Login("analyst");
        var response = await client.GetAsync("/no-such-page");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Không tìm thấy", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("admin", "admin admin=True")]
    [InlineData("analyst", "analyst admin=False")]
    public async Task The_role_claim_is_what_the_jobs_filter_sees(string user, string expected)
    {
        using var client = await _server.Login(user);
        Assert.Equal(expected, await client.GetPageAsync("/whoami"));
    }
}
