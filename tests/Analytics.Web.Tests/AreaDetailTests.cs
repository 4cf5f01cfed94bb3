using Analytics.Dashboards.Web.Auth;
using Analytics.Dashboards.Web.Data;
using Analytics.Warehouse.Store;
using Analytics.Web.Tests.Helpers;

namespace Analytics.Web.Tests;

/// <summary>Details an area analyst could reach through a finding or the quarantine stay inside their
/// areas, in SQL: a person's rating steps only in units of their areas; a quarantined row's message and
/// raw text only when its batch delivered no unit of another area (else the place and reason alone).</summary>
[Collection("server")]
public sealed class AreaDetailTests(ServerFixture fixture)
{
    private DashboardServer Server => fixture.Server;

    [Fact]
    public void A_persons_rating_steps_are_only_those_in_the_viewers_areas()
    {
        var (key, year, area) = Facts.One(Server, """
            SELECT r.person_key, r.period_year, u.area_code FROM rating r JOIN unit_current u USING (unit_code)
            WHERE r.person_key IS NOT NULL AND u.area_code IS NOT NULL ORDER BY r.person_key, r.period_year LIMIT 1
            """, r => (r.GetInt64(0), r.GetInt32(1), r.GetString(2)));
        var areaOf = Facts.All(Server, "SELECT unit_code, area_code FROM unit_current WHERE area_code IS NOT NULL",
            r => (r.GetString(0), r.GetString(1))).ToDictionary(p => p.Item1, p => p.Item2, StringComparer.Ordinal);
        var other = areaOf.Values.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).First(a => a != area);
        using var store = WarehouseStore.Open(Server.Warehouse);

        var all = FindingQueries.Steps(store, Viewer("analyst", null), year, key, null);
        var mine = FindingQueries.Steps(store, Viewer("area", [area]), year, key, null);
        var theirs = FindingQueries.Steps(store, Viewer("area", [other]), year, key, null);
        Assert.NotEmpty(mine);
        Assert.Equal(all.Where(s => areaOf.GetValueOrDefault(s.UnitCode) == area), mine);
        Assert.Equal(all.Where(s => areaOf.GetValueOrDefault(s.UnitCode) == other), theirs);
        Assert.True(all.Count > theirs.Count);
    }

    [Fact]
    public async Task Quarantine_text_of_a_batch_spanning_other_areas_is_withheld_from_an_area_analyst()
    {
        await using var server = await DashboardServer.Start();   // its own warehouse: a row is added to a batch
        // A province-wide delivery: a batch of area1's units that also delivered one unit of area2.
        var batch = Facts.One(server, "SELECT max(batch_id) FROM unit_observation WHERE area_code = $1", r => r.GetInt64(0),
            server.AreaOne);
        using var store = WarehouseStore.Open(server.Warehouse);
        store.Execute("INSERT INTO unit_observation SELECT $1, * EXCLUDE (batch_id) FROM unit_observation WHERE area_code = $2 LIMIT 1",
            batch, server.AreaTwo);
        store.Execute("INSERT INTO etl_rejected VALUES ($1, 'ratings.csv', 'ratings', 7, 'level', 'UNKNOWN_LEVEL', $2, $3)",
            batch, "level 'X' for person DV-9999", "DV-9999;Nguyễn Văn Thử;X");
        var province = SourceQueries.Rejected(store, Viewer("analyst", null), 10_000).Where(r => r.BatchId == batch).ToList();
        var area = SourceQueries.Rejected(store, Viewer("area", [server.AreaOne]), 10_000).Where(r => r.BatchId == batch).ToList();
        Assert.Contains(province, r => r is { Line: 7, Message: "level 'X' for person DV-9999", Raw: "DV-9999;Nguyễn Văn Thử;X" });
        Assert.Equal(province.Select(r => (r.File, r.Line, r.Reason)), area.Select(r => (r.File, r.Line, r.Reason)));
        Assert.All(area, r => Assert.Equal((null, null), (r.Message, r.Raw)));

        using var client = await server.Login("area1");
        var html = await client.GetPageAsync("/sources");
        Assert.Contains("(ẩn: lô có đơn vị ngoài địa bàn của bạn)", html, StringComparison.Ordinal);
        Assert.DoesNotContain("DV-9999", html, StringComparison.Ordinal);
    }

    private static Viewer Viewer(string role, IReadOnlyList<string>? scope) => new("t", role, scope, true);
}
