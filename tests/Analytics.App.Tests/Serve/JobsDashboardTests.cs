using System.Net;
using System.Security.Claims;
using Analytics.App.Serve;
using Hangfire.Dashboard;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Analytics.App.Tests.Serve;

/// <summary>Hangfire's dashboard at /jobs is for administrators only: anonymous requests, local ones
/// included, get 401 on every page and asset.</summary>
[Collection(ServeCollection.Name)]
public sealed class JobsDashboardTests
{
    [Fact]
    public async Task Jobs_answers_401_to_anonymous_requests_even_from_this_machine()
    {
        using var folder = new ServeFolder();
        var settings = folder.DropSource();
        settings["Dashboard:SecureCookies"] = "false";   // plain HTTP on loopback
        await using var serve = await ServeRunner.Start(folder.Root, settings);
        using var http = new HttpClient { BaseAddress = serve.Url };
        foreach (var path in new[] { "/jobs", "/jobs/", "/jobs/recurring", "/jobs/jobs/succeeded", "/jobs/servers", "/jobs/stats" })
            Assert.Equal((path, HttpStatusCode.Unauthorized), (path, (await http.GetAsync(new Uri(path, UriKind.Relative))).StatusCode));
        var post = await http.PostAsync(
            new Uri("/jobs/recurring/trigger", UriKind.Relative), new FormUrlEncodedContent([new("jobs[]", "freshness")]));
        Assert.Equal(HttpStatusCode.Unauthorized, post.StatusCode);
        Assert.Equal("ok", await http.GetStringAsync(new Uri("/health", UriKind.Relative)));
        Assert.Equal("127.0.0.1", serve.Url.Host);
    }

    [Theory]
    [InlineData(null, null, false)]
    [InlineData("admin", null, false)]          // claims without an authentication are anonymous
    [InlineData("analyst", "cookie", false)]
    [InlineData("admin", "cookie", true)]
    public void Only_an_authenticated_admin_passes_the_filter(string? role, string? authentication, bool passes)
    {
        var http = new DefaultHttpContext { RequestServices = new ServiceCollection().BuildServiceProvider() };
        if (role is not null)
        {
            http.User = new ClaimsPrincipal(
                new ClaimsIdentity([new Claim(ClaimTypes.Name, "u"), new Claim(ClaimTypes.Role, role)], authentication));
        }
        var context = new AspNetCoreDashboardContext(new NoStorage(), new Hangfire.DashboardOptions(), http);
        Assert.Equal(passes, new AdminDashboardFilter().Authorize(context));
    }

    private sealed class NoStorage : Hangfire.JobStorage
    {
        public override Hangfire.Storage.IMonitoringApi GetMonitoringApi() => throw new NotSupportedException();

        public override Hangfire.Storage.IStorageConnection GetConnection() => throw new NotSupportedException();
    }
}
