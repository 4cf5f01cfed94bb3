using System.Net;
using Analytics.Web.Tests.Helpers;

namespace Analytics.Web.Tests;

/// <summary>Login attempts are limited per user name and per client address (the client address being
/// the one a trusted proxy reports); a refused attempt gets 429, Retry-After and a page saying when.</summary>
public sealed class LoginLimitTests
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    [Fact]
    public async Task The_third_attempt_on_one_name_waits_and_other_names_do_not()
    {
        await using var server = await DashboardServer.Start(configure: o => o with
        {
            Sessions = o.Sessions with { LoginAttemptsPerName = 2, LoginAttemptsPerAddress = 100, LoginWindow = Window },
        });
        using var client = server.Anonymous();
        Assert.Equal(HttpStatusCode.Unauthorized, (await Attempt(client, "admin", "sai-1")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Attempt(client, " Admin ", "sai-2")).StatusCode);
        var refused = await Attempt(client, "admin", DashboardServer.Password);
        await AssertRefused(refused);
        Assert.Equal(HttpStatusCode.Redirect, (await Attempt(server.Anonymous(), "analyst", DashboardServer.Password)).StatusCode);
    }

    [Fact]
    public async Task The_fourth_name_from_one_address_waits_and_another_forwarded_address_does_not()
    {
        await using var server = await DashboardServer.Start(configure: o => o with
        {
            Sessions = o.Sessions with { LoginAttemptsPerName = 100, LoginAttemptsPerAddress = 3, LoginWindow = Window },
        });
        using var client = server.Anonymous();
        foreach (var name in new[] { "a1", "a2", "a3" })
            Assert.Equal(HttpStatusCode.Unauthorized, (await Attempt(client, name, "sai")).StatusCode);
        await AssertRefused(await Attempt(client, "a4", "sai"));

        // The test client is on loopback, a trusted proxy: the address it forwards is the client's.
        using var forwarded = server.Anonymous();
        forwarded.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.9");
        Assert.Equal(HttpStatusCode.Redirect, (await Attempt(forwarded, "analyst", DashboardServer.Password)).StatusCode);
    }

    private static Task<HttpResponseMessage> Attempt(HttpClient client, string name, string password) =>
        DashboardServer.Submit(client, "/login", "/login", new() { ["name"] = name, ["password"] = password });

    private static async Task AssertRefused(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        var seconds = int.Parse(response.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(seconds, 1, (int)Window.TotalSeconds);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<h1>Tạm dừng đăng nhập</h1>", html, StringComparison.Ordinal);
        Assert.Contains($"Đăng nhập quá nhiều lần trong thời gian ngắn. Xin thử lại sau {seconds} giây.", html, StringComparison.Ordinal);
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("analytics.auth=",
            StringComparison.Ordinal)));
    }
}
