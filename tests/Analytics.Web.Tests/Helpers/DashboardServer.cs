using System.Net;
using System.Text.RegularExpressions;
using Analytics.Dashboards.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Analytics.Web.Tests.Helpers;

/// <summary>The dashboard on a real Kestrel at 127.0.0.1:0, composed with the two public hooks exactly as
/// `analytics serve` does, over a copy of the demo province's warehouse. Users: admin, analyst (no
/// personal data), officer (analyst with personal data), area analysts "area1" (first area) and "area2".</summary>
internal sealed partial class DashboardServer : IAsyncDisposable
{
    public const string Password = "mật-khẩu-thử-1";
    private readonly WebApplication _app;
    private readonly TempCopy? _copy;

    private DashboardServer(WebApplication app, TempCopy? copy, string warehouse, string areaOne, string areaTwo, string briefings)
    {
        _app = app;
        _copy = copy;
        Warehouse = warehouse;
        AreaOne = areaOne;
        AreaTwo = areaTwo;
        Briefings = briefings;
        Address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }

    public Uri Address { get; }
    public IServiceProvider Services => _app.Services;
    public string Warehouse { get; }
    public string AreaOne { get; }
    public string AreaTwo { get; }
    public string Briefings { get; }

    /// <summary>Starts a server over a fresh copy of the demo warehouse (or over <paramref name="warehouse"/>), on
    /// plain HTTP (secure cookies off), checking sessions on every request and with login limits no test
    /// reaches, unless <paramref name="configure"/> says otherwise.</summary>
    public static async Task<DashboardServer> Start(string? warehouse = null, Action<WebApplication>? extra = null,
        Func<DashboardOptions, DashboardOptions>? configure = null)
    {
        var copy = warehouse is null ? DemoProvince.Copy() : null;
        var path = warehouse ?? copy!.Path;
        var (one, two) = TwoAreas(path);
        var briefings = Path.Combine(copy?.Folder ?? Path.GetDirectoryName(path)!, "briefings");
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(new ListLogger.Provider());
        var options = new DashboardOptions
        {
            SecureCookies = false,
            Sessions = new DashboardSessionOptions
            {
                StampCheckInterval = TimeSpan.Zero,
                LoginAttemptsPerName = 10_000,
                LoginAttemptsPerAddress = 10_000
            },
            WarehousePath = path,
            BriefingsFolder = briefings,
            Users =
            [
                ConfiguredUser.WithPassword("admin", DashboardRoles.Admin, Password),
                ConfiguredUser.WithPassword("analyst", DashboardRoles.Analyst, Password),
                ConfiguredUser.WithPassword("officer", DashboardRoles.Analyst, Password, personalData: true),
                ConfiguredUser.WithPassword("area1", DashboardRoles.Area, Password, [one]),
                ConfiguredUser.WithPassword("area2", DashboardRoles.Area, Password, [two]),
            ],
        };
        builder.AddDashboard(configure?.Invoke(options) ?? options);
        var app = builder.Build();
        app.UseDashboard();
        extra?.Invoke(app);
        await app.StartAsync();
        return new DashboardServer(app, copy, path, one, two, briefings);
    }

    /// <summary>An HTTP client of its own (cookies kept, redirects not followed) logged in as <paramref name="user"/>.</summary>
    public async Task<HttpClient> Login(string user, string password = Password)
    {
        var client = Anonymous();
        var response = await Submit(client, "/login", "/login", new() { ["name"] = user, ["password"] = password, ["returnUrl"] = "/" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    public HttpClient Anonymous() =>
        new(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer(), UseCookies = true })
        {
            BaseAddress = Address,
        };

    /// <summary>Posts a form the way a browser does: GET the page holding it, take its antiforgery field, POST.</summary>
    public static async Task<HttpResponseMessage> Submit(
        HttpClient client, string pageWithForm, string action, Dictionary<string, string> fields)
    {
        var html = await client.GetStringAsync(pageWithForm);
        var token = AntiforgeryField().Match(html);
        Assert.True(token.Success, $"no antiforgery field on {pageWithForm}");
        fields["__af"] = WebUtility.HtmlDecode(token.Groups[1].Value);
        return await client.PostAsync(action, new FormUrlEncodedContent(fields));
    }

    [GeneratedRegex("name=\"__af\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    /// <summary>The two areas with the most findings: area1 sees the first, area2 the second.</summary>
    private static (string, string) TwoAreas(string path)
    {
        using var store = Analytics.Warehouse.Store.WarehouseStore.Open(path);
        var areas = store.Rows("""
            SELECT u.area_code FROM finding f JOIN unit_current u USING (unit_code)
            WHERE u.area_code IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 2
            """, r => r.GetString(0)).ToList();
        return (areas[0], areas[1]);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _copy?.Dispose();
    }
}
