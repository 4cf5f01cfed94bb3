using System.Net;
using Analytics.Web.Tests.Helpers;

namespace Analytics.Web.Tests;

/// <summary>Login, antiforgery, security headers, open redirects.</summary>
[Collection("server")]
public sealed class AuthTests(ServerFixture fixture)
{
    private DashboardServer Server => fixture.Server;

    [Theory]
    [InlineData("/")]
    [InlineData("/findings")]
    [InlineData("/units/X001-DU")]
    [InlineData("/charts/levels-members.svg")]
    public async Task Anonymous_requests_go_to_the_login_page(string path)
    {
        using var client = Server.Anonymous();
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/login?ReturnUrl={Uri.EscapeDataString(path)}", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task Wrong_password_is_refused_without_a_cookie()
    {
        using var client = Server.Anonymous();
        var response = await DashboardServer.Submit(client, "/login", "/login", new() { ["name"] = "admin", ["password"] = "sai" });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("Tên đăng nhập hoặc mật khẩu không đúng.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies)
            && cookies.Any(c => c.StartsWith("analytics.auth=", StringComparison.Ordinal)));
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task A_form_without_the_antiforgery_token_is_rejected()
    {
        using var client = Server.Anonymous();
        var response = await client.PostAsync("/login",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["name"] = "admin", ["password"] = DashboardServer.Password }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Biểu mẫu đã hết hạn", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var admin = await Server.Login("admin");
        var id = Facts.FindingIn(Server, Server.AreaOne).Id;
        var review = await admin.PostAsync($"/findings/{id}/review",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["status"] = "acknowledged" }));
        Assert.Equal(HttpStatusCode.BadRequest, review.StatusCode);
        Assert.Equal("new", Facts.Status(Server, id));
    }

    [Theory]
    [InlineData("/login")]
    [InlineData("/")]
    [InlineData("/findings")]
    [InlineData("/static/site.css")]
    public async Task Every_response_carries_the_security_headers(string path)
    {
        using var client = await Server.Login("analyst");
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
            + "frame-ancestors 'none'; base-uri 'none'",
            response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("same-origin", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task Jobs_path_keeps_the_other_headers_but_not_the_policy()
    {
        using var client = await Server.Login("admin");
        var response = await client.GetAsync("/jobs");
        Assert.False(response.Headers.Contains("Content-Security-Policy"));
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Theory]
    [InlineData("//evil.example/x", "/")]
    [InlineData("/\\evil.example", "/")]
    [InlineData("https://evil.example/", "/")]
    [InlineData("/\t/evil.example", "/")]
    [InlineData("/\\/evil.example", "/")]
    [InlineData("\\\\evil.example", "/")]
    [InlineData("/findings?rule=R01", "/findings?rule=R01")]
    public async Task Login_returns_only_to_a_local_page(string returnUrl, string expected)
    {
        using var client = Server.Anonymous();
        var response = await DashboardServer.Submit(client, "/login", "/login",
            new() { ["name"] = "analyst", ["password"] = DashboardServer.Password, ["returnUrl"] = returnUrl });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("/%09/evil.example")]
    [InlineData("//evil.example")]
    [InlineData("/%5Cevil.example")]
    [InlineData("https%3A%2F%2Fevil.example%2F")]
    public async Task The_login_page_keeps_no_foreign_return_address(string returnUrl)
    {
        using var client = Server.Anonymous();
        var html = await client.GetStringAsync($"/login?returnUrl={returnUrl}");
        Assert.Contains("name=\"returnUrl\" value=\"/\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("evil", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Logout_ends_the_session()
    {
        using var client = await Server.Login("analyst");
        var response = await DashboardServer.Submit(client, "/", "/logout", []);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/")).StatusCode);
    }
}
