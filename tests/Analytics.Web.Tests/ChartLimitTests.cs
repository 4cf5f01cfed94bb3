using System.Net;
using Analytics.Dashboards.Web;
using Analytics.Web.Tests.Helpers;
using Microsoft.Extensions.DependencyInjection;

namespace Analytics.Web.Tests;

/// <summary>Chart endpoints accept only the filters and values the pages offer (anything else is refused
/// before a chart is drawn), and the drawn charts kept in memory are bounded by bytes.</summary>
public sealed class ChartLimitTests
{
    [Fact]
    public async Task Only_offered_filters_draw_a_chart()
    {
        await using var server = await DashboardServer.Start();
        var cache = server.Services.GetRequiredService<PageCache>();
        var year = Facts.One(server, "SELECT max(period_year) FROM rating", r => Convert.ToInt32(r.GetValue(0)));
        using var client = await server.Login("area1");
        foreach (var (query, status) in new[]
                 {
                     ("?colour=red", HttpStatusCode.BadRequest),
                     ("?area=A&area=B", HttpStatusCode.BadRequest),
                     ("?from=1900", HttpStatusCode.NotFound),
                     ("?to=năm", HttpStatusCode.NotFound),
                     ($"?area={server.AreaTwo}", HttpStatusCode.NotFound),   // another area: not offered to area1
                     ("?kind=castle", HttpStatusCode.NotFound),
                     ("?role=king", HttpStatusCode.NotFound),
                     ("?unit=NO-SUCH-UNIT", HttpStatusCode.NotFound),
                 })
            Assert.True((await client.GetAsync("/charts/levels-members.svg" + query)).StatusCode == status, query);
        Assert.Equal(0, cache.ChartStatistics.Count);

        var drawn = await client.GetAsync(
            $"/charts/levels-members.svg?from={year}&to={year}&area={server.AreaOne}&kind=party_cell&role=party_member");
        Assert.Equal(HttpStatusCode.OK, drawn.StatusCode);
        Assert.Equal("image/svg+xml", drawn.Content.Headers.ContentType!.MediaType);
        Assert.Equal(1, cache.ChartStatistics.Count);
    }

    [Fact]
    public void Charts_kept_in_memory_stay_within_their_byte_budget()
    {
        using var cache = new PageCache(new DashboardOptions { ChartCacheBytes = 10_000 });
        for (var i = 0; i < 20; i++) Assert.Equal(2000, cache.Chart($"chart-{i}", () => new string('x', 2000)).Length);   // 4000 bytes each
        var (count, bytes) = cache.ChartStatistics;
        Assert.InRange(bytes, 4000, 10_000);
        Assert.Equal(bytes / 4000, count);
        Assert.Equal(50_000, cache.Chart("huge", () => new string('x', 50_000)).Length);   // drawn, not kept
        Assert.True(cache.ChartStatistics.Bytes <= 10_000);
    }
}
