using System.Net;
using System.Text.RegularExpressions;
using Analytics.Web.Tests.Helpers;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Analytics.Web.Tests;

/// <summary>Antiforgery is the framework's, for every endpoint that takes a POST: the test enumerates the
/// app's endpoints, so a form added later without the check fails here; a POST without a token gets the
/// friendly 400 page and changes nothing.</summary>
[Collection("server")]
public sealed partial class AntiforgeryTests(ServerFixture fixture)
{
    private DashboardServer Server => fixture.Server;

    [Fact]
    public async Task Every_post_endpoint_requires_a_token_and_a_post_without_one_gets_the_friendly_page()
    {
        var posts = PostEndpoints().ToList();
        Assert.Contains(posts, e => e.RoutePattern.RawText == "/login");
        Assert.Contains(posts, e => e.RoutePattern.RawText == "/logout");
        Assert.Contains(posts, e => e.RoutePattern.RawText == "/findings/{id}/review");
        Assert.Contains(posts, e => e.RoutePattern.RawText == "/findings");   // a page: Razor components take posts too
        using var admin = await Server.Login("admin");
        foreach (var endpoint in posts)
        {
            var pattern = endpoint.RoutePattern.RawText!;
            Assert.True(endpoint.Metadata.GetMetadata<IAntiforgeryMetadata>() is { RequiresValidation: true },
                $"{pattern} takes a POST without antiforgery");
            var path = Parameter().Replace(pattern, "x");
            var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["status"] = "resolved" });
            var response = await admin.PostAsync(path, form);
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"POST {path} without a token: {(int)response.StatusCode}");
            Assert.Contains("Biểu mẫu đã hết hạn", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/")).StatusCode);   // still logged in: the logout was refused
    }

    private IEnumerable<RouteEndpoint> PostEndpoints() =>
        Server.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>() is not { } methods || methods.HttpMethods.Contains(HttpMethods.Post));

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex Parameter();
}
