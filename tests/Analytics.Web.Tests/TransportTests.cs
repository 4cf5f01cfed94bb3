using System.Net;
using Analytics.Dashboards.Web;
using Analytics.Web.Tests.Helpers;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Analytics.Web.Tests;

/// <summary>Secure cookies by default: over plain HTTP a dashboard page answers one clear sentence instead
/// of issuing cookies; through a trusted proxy that reports HTTPS the cookies are marked Secure. The
/// trusted proxies and networks come from settings.</summary>
public sealed class TransportTests
{
    [Fact]
    public async Task Secure_cookies_are_the_default_and_need_https_or_a_trusted_proxy_saying_so()
    {
        Assert.True(new DashboardOptions().SecureCookies);
        // /jobs as Hangfire's dashboard is: under the dashboard's login, issuing antiforgery tokens of its own.
        await using var server = await DashboardServer.Start(
            extra: app => app.Map("/jobs", jobs => jobs.Run(http =>
            {
                http.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(http);
                return http.Response.WriteAsync("jobs");
            })),
            configure: o => o with { SecureCookies = new DashboardOptions().SecureCookies });
        using var plain = server.Anonymous();
        var refused = await plain.GetAsync("/login");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Bảng điều khiển chỉ mở qua kết nối bảo mật (https://).", await refused.Content.ReadAsStringAsync(),
            StringComparison.Ordinal);
        Assert.False(refused.Headers.Contains("Set-Cookie"));
        var jobs = await plain.GetAsync("/jobs");
        Assert.Equal(HttpStatusCode.BadRequest, jobs.StatusCode);
        Assert.Contains("Bảng điều khiển chỉ mở qua kết nối bảo mật (https://).", await jobs.Content.ReadAsStringAsync(),
            StringComparison.Ordinal);

        using var proxied = server.Anonymous();
        proxied.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        var page = await proxied.GetAsync("/login");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var cookie = Assert.Single(page.Headers.GetValues("Set-Cookie"), c => c.StartsWith("analytics.af=", StringComparison.Ordinal));
        Assert.Contains("; secure", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Trusted_proxies_and_networks_come_from_settings_and_a_bad_one_is_named()
    {
        var headers = TrustedProxies.Headers(new DashboardSessionOptions
        {
            TrustedProxies = ["10.0.0.5"],
            TrustedNetworks = ["192.168.10.0/24"]
        });
        Assert.Contains(IPAddress.Parse("10.0.0.5"), headers.KnownProxies);
        Assert.Contains(System.Net.IPNetwork.Parse("192.168.10.0/24"), headers.KnownIPNetworks);
        Assert.Equal(1, headers.ForwardLimit);
        var error = Assert.Throws<ArgumentException>(
            () => TrustedProxies.Headers(new DashboardSessionOptions { TrustedNetworks = ["10.0.0.0/99"] }));
        Assert.Equal("Dashboard:Sessions:TrustedNetworks: '10.0.0.0/99' is not a network such as 10.0.0.0/24", error.Message);
    }
}
