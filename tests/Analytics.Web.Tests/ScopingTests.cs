using System.Net;
using System.Text.RegularExpressions;
using Analytics.Web.Tests.Helpers;

namespace Analytics.Web.Tests;

/// <summary>An area analyst sees only their areas: another area's unit, finding, chart or review is a 404
/// with none of its data, and lists hold only their areas' rows.</summary>
[Collection("server")]
public sealed partial class ScopingTests(ServerFixture fixture)
{
    private DashboardServer Server => fixture.Server;

    [Fact]
    public async Task Another_areas_unit_is_not_found_and_shows_nothing()
    {
        var (_, _, unit, name) = Facts.FindingIn(Server, Server.AreaTwo);
        using var client = await Server.Login("area1");
        var response = await client.GetAsync($"/units/{unit}");
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Không tìm thấy", html, StringComparison.Ordinal);
        Assert.DoesNotContain(name, html, StringComparison.Ordinal);
        Assert.DoesNotContain(unit, html, StringComparison.Ordinal);

        var own = Facts.FindingIn(Server, Server.AreaOne);
        var mine = await client.GetAsync($"/units/{own.Unit}");
        Assert.Equal(HttpStatusCode.OK, mine.StatusCode);
        Assert.Contains(own.Name, await mine.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_areas_finding_and_chart_are_not_found()
    {
        var other = Facts.FindingIn(Server, Server.AreaTwo);
        using var client = await Server.Login("area1");
        var response = await client.GetAsync($"/findings/{other.Id}");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain(other.Message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var chart = await client.GetAsync($"/charts/unit-levels.svg?unit={other.Unit}");
        Assert.Equal(HttpStatusCode.NotFound, chart.StatusCode);

        using var analyst = await Server.Login("analyst");
        Assert.Equal(HttpStatusCode.OK, (await analyst.GetAsync($"/findings/{other.Id}")).StatusCode);
    }

    [Fact]
    public async Task Another_areas_finding_cannot_be_reviewed()
    {
        var own = Facts.FindingIn(Server, Server.AreaOne);
        var other = Facts.FindingIn(Server, Server.AreaTwo);
        using var client = await Server.Login("area1");
        // A valid form of the analyst's own finding page, posted at another area's finding.
        var response = await DashboardServer.Submit(client, $"/findings/{own.Id}", $"/findings/{other.Id}/review",
            new() { ["status"] = "resolved", ["note"] = "thử sửa dữ liệu địa bàn khác" });
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("new", Facts.Status(Server, other.Id));
        Assert.Equal(0, Facts.Events(Server, other.Id));
    }

    [Fact]
    public async Task Findings_list_holds_exactly_the_areas_findings()
    {
        var expected = Facts.All(Server, """
            SELECT f.finding_id FROM finding f JOIN unit_current u USING (unit_code) WHERE u.area_code = $1 AND f.holds ORDER BY 1
            """, r => r.GetString(0), Server.AreaOne);
        using var client = await Server.Login("area1");
        var html = await client.GetPageAsync("/findings");
        var shown = FindingRow().Matches(html).Select(m => m.Groups[1].Value).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, shown);

        using var analyst = await Server.Login("analyst");
        var all = FindingRow().Count(await analyst.GetPageAsync("/findings"));
        Assert.True(all > shown.Count, $"analyst sees {all}, area analyst {shown.Count}");
    }

    [Fact]
    public async Task Overview_and_sources_count_only_the_area()
    {
        var units = Facts.One(Server, "SELECT count(*) FROM unit_current WHERE area_code = $1 AND valid_to IS NULL",
            r => r.GetInt64(0), Server.AreaOne);
        var batches = Facts.All(Server, "SELECT DISTINCT batch_id FROM unit_observation WHERE area_code = $1 ORDER BY 1",
            r => r.GetInt64(0), Server.AreaOne);
        using var client = await Server.Login("area1");
        var overview = await client.GetPageAsync("/");
        Assert.Contains($"<div class=\"k\">Đơn vị đang hoạt động</div><div class=\"v\">{units}</div>"
            + "<div class=\"s\">1 địa bàn</div>", overview, StringComparison.Ordinal);
        var sources = await client.GetPageAsync("/sources");
        var table = sources[sources.IndexOf("id=\"batches\"", StringComparison.Ordinal)..];
        table = table[..table.IndexOf("</table>", StringComparison.Ordinal)];
        var shown = BatchRow().Matches(table).Select(m => long.Parse(m.Groups[1].Value)).Order().ToList();
        Assert.Equal(batches, shown);
    }

    [Fact]
    public async Task Briefing_packs_are_not_for_area_analysts()
    {
        using var client = await Server.Login("area1");
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/briefings/2025-Q4/briefing.zip")).StatusCode);
        Assert.DoesNotContain("id=\"packs\"", await client.GetPageAsync("/briefings"), StringComparison.Ordinal);
    }

    [GeneratedRegex("<tr data-finding=\"([0-9a-f]+)\">")]
    private static partial Regex FindingRow();

    [GeneratedRegex("<tr><td class=\"n\">(\\d+)</td><td>")]
    private static partial Regex BatchRow();
}
