using System.Net;
using Analytics.Web.Tests.Helpers;

namespace Analytics.Web.Tests;

/// <summary>The briefings page offers each pack's report (.docx, .pdf when present), briefing.html,
/// findings.xlsx and zip; a viewer with the personal-data right gets the named pack, any other only its
/// pseudonymised twin, and no other file or path outside the folder can be reached.</summary>
[Collection("server")]
public sealed class BriefingTests(ServerFixture fixture)
{
    private DashboardServer Server => fixture.Server;

    [Fact]
    public async Task The_named_pack_goes_to_the_personal_data_right_and_the_twin_to_everyone_else()
    {
        var pack = Path.Combine(Server.Briefings, "2025-Q3");
        var twin = Path.Combine(pack, "pseudonymised");
        Directory.CreateDirectory(twin);
        foreach (var file in new[] { "briefing.html", "briefing.docx", "briefing.pdf", "findings.xlsx", "briefing-2025-Q3.zip" })
            File.WriteAllText(Path.Combine(pack, file), "named " + file);
        foreach (var file in new[] { "briefing.html", "briefing.docx", "findings.xlsx", "briefing-2025-Q3-pseudonymised.zip" })
            File.WriteAllText(Path.Combine(twin, file), "pseudonymised " + file);
        Directory.CreateDirectory(Path.Combine(Server.Briefings, "2025-Q2"));   // a pack without its twin
        File.WriteAllText(Path.Combine(Server.Briefings, "2025-Q2", "briefing-2025-Q2.zip"), "named old pack");
        File.WriteAllText(Path.Combine(Server.Briefings, "secret.zip"), "not a pack");
        try
        {
            using var officer = await Server.Login("officer");
            var named = await officer.GetPageAsync("/briefings");
            Assert.Equal(["briefing.docx", "briefing.pdf", "briefing.html", "findings.xlsx", "briefing-2025-Q3.zip",
                "briefing-2025-Q2.zip"], Links(named));
            Assert.Contains("<td>Báo cáo (Word)</td><td><a href=\"/briefings/2025-Q3/briefing.docx\">briefing.docx</a></td>", named,
                StringComparison.Ordinal);
            Assert.DoesNotContain("id=\"pseudonymised\"", named, StringComparison.Ordinal);
            Assert.Equal("named briefing.docx", await Download(officer, "/briefings/2025-Q3/briefing.docx", "wordprocessingml.document"));
            Assert.Equal("named briefing.pdf", await Download(officer, "/briefings/2025-Q3/briefing.pdf", "application/pdf"));
            Assert.Equal("named briefing-2025-Q3.zip", await Download(officer, "/briefings/2025-Q3/briefing-2025-Q3.zip",
                "application/zip"));

            using var analyst = await Server.Login("analyst");
            var pseudonymised = await analyst.GetPageAsync("/briefings");
            Assert.Equal(["briefing.docx", "briefing.html", "findings.xlsx", "briefing-2025-Q3-pseudonymised.zip"], Links(pseudonymised));
            Assert.Contains("id=\"pseudonymised\"", pseudonymised, StringComparison.Ordinal);
            Assert.Equal("pseudonymised briefing.docx", await Download(analyst, "/briefings/2025-Q3/briefing.docx",
                "wordprocessingml.document"));
            Assert.Equal("pseudonymised briefing.html", await Download(analyst, "/briefings/2025-Q3/briefing.html", "text/html"));
            Assert.Equal("pseudonymised briefing-2025-Q3-pseudonymised.zip",
                await Download(analyst, "/briefings/2025-Q3/briefing-2025-Q3-pseudonymised.zip", "application/zip"));
            foreach (var path in new[] { "/briefings/2025-Q3/briefing-2025-Q3.zip", "/briefings/2025-Q3/briefing.pdf",
                "/briefings/2025-Q2/briefing-2025-Q2.zip" })
                Assert.Equal(HttpStatusCode.NotFound, (await analyst.GetAsync(path)).StatusCode);

            foreach (var path in new[] { "/briefings/..%2Fsecret.zip/x.zip", "/briefings/2025-Q3/..%2F..%2Fsecret.zip",
                "/briefings/2025-Q3/missing.zip",
                         "/briefings/2025-Q3/pseudonymised%2Fbriefing.docx", "/briefings/2025-Q3/charts" })
                Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync(path)).StatusCode);
            using var area = await Server.Login("area1");
            Assert.Equal(HttpStatusCode.Forbidden,
                (await area.GetAsync("/briefings/2025-Q3/briefing-2025-Q3-pseudonymised.zip")).StatusCode);
        }
        finally
        {
            Directory.Delete(Server.Briefings, true);
        }
    }

    private static List<string> Links(string html) =>
        [.. System.Text.RegularExpressions.Regex.Matches(html,
            "<a href=\"/briefings/[^/]+/[^\"]+\">([^<]+)</a>").Select(m => m.Groups[1].Value)];

    private static async Task<string> Download(HttpClient client, string path, string mediaType)
    {
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.EndsWith(mediaType, response.Content.Headers.ContentType!.MediaType!, StringComparison.Ordinal);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        return await response.Content.ReadAsStringAsync();
    }
}
