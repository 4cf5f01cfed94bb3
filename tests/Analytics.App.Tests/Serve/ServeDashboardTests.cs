using System.Net;
using System.Text.RegularExpressions;

namespace Analytics.App.Tests.Serve;

/// <summary>`serve` hosts the web dashboard, whose cookie login gives Hangfire's /jobs its
/// administrators: an admin logged in on the dashboard opens /jobs, an analyst gets 403.</summary>
[Collection(ServeCollection.Name)]
public sealed partial class ServeDashboardTests
{
    [Fact]
    public async Task An_admin_logged_in_on_the_dashboard_opens_jobs_and_an_analyst_may_not()
    {
        using var folder = new ServeFolder();
        var settings = ServeFolder.WithUsers(folder.DropSource());
        await using var serve = await ServeRunner.Start(folder.Root, settings);

        using var anonymous = Client(serve);
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync(new Uri("/", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(new Uri("/jobs", UriKind.Relative))).StatusCode);

        using var admin = await Login(serve, "chi", "mat-khau-quan-tri");
        var overview = await admin.GetAsync(new Uri("/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, overview.StatusCode);
        Assert.Contains("Tổng quan", await overview.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var jobs = await admin.GetAsync(new Uri("/jobs/recurring", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, jobs.StatusCode);
        Assert.Contains("ingest:drop", await jobs.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var analyst = await Login(serve, "lan", "mat-khau-phan-tich");
        Assert.Equal(HttpStatusCode.OK, (await analyst.GetAsync(new Uri("/", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await analyst.GetAsync(new Uri("/jobs", UriKind.Relative))).StatusCode);
    }

    internal static HttpClient Client(ServeRunner serve) =>
        new(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer(), UseCookies = true })
        {
            BaseAddress = serve.Url,
        };

    /// <summary>A client logged in on the dashboard (its cookie kept).</summary>
    internal static async Task<HttpClient> Login(ServeRunner serve, string name, string password)
    {
        var client = Client(serve);
        var form = await client.GetStringAsync(new Uri("/login", UriKind.Relative));
        var token = AntiforgeryField().Match(form);
        Assert.True(token.Success, "no antiforgery field on /login");
        var response = await client.PostAsync(new Uri("/login", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["name"] = name,
            ["password"] = password,
            ["returnUrl"] = "/",
            ["__af"] = WebUtility.HtmlDecode(token.Groups[1].Value),
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    [GeneratedRegex("name=\"__af\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
