using System.IO.Compression;
using System.Net;
using Analytics.Web.Tests.Helpers;

namespace Analytics.Web.Tests;

/// <summary>The briefings page lists the packs under the briefings folder and serves their zips; no path
/// outside that folder can be reached.</summary>
[Collection("server")]
public sealed class BriefingTests(ServerFixture fixture)
{
    private DashboardServer Server => fixture.Server;

    [Fact]
    public async Task Packs_are_listed_and_downloaded_and_nothing_else_is()
    {
        var quarter = Path.Combine(Server.Briefings, "2025-Q3");
        Directory.CreateDirectory(quarter);
        var zip = Path.Combine(quarter, "briefing-2025-Q3.zip");
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create)) archive.CreateEntry("briefing.html");
        File.WriteAllText(Path.Combine(Server.Briefings, "secret.zip"), "not a pack");
        try
        {
            using var client = await Server.Login("analyst");
            var html = await client.GetPageAsync("/briefings");
            Assert.Contains("<a href=\"/briefings/2025-Q3/briefing-2025-Q3.zip\">briefing-2025-Q3.zip</a>", html, StringComparison.Ordinal);
            var download = await client.GetAsync("/briefings/2025-Q3/briefing-2025-Q3.zip");
            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
            Assert.Equal("application/zip", download.Content.Headers.ContentType!.MediaType);
            Assert.Equal(await File.ReadAllBytesAsync(zip), await download.Content.ReadAsByteArrayAsync());
            foreach (var path in new[] { "/briefings/..%2Fsecret.zip/x.zip", "/briefings/2025-Q3/..%2F..%2Fsecret.zip", "/briefings/2025-Q3/missing.zip", "/briefings/2025-Q3/briefing.html" })
                Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(path)).StatusCode);
        }
        finally
        {
            Directory.Delete(Server.Briefings, true);
        }
    }
}
