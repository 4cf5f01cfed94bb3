using System.Net;
using Analytics.Warehouse.Store;
using Analytics.Web.Tests.Helpers;

namespace Analytics.Web.Tests;

/// <summary>The review workflow over HTTP: acknowledge, resolve with a note, who and when recorded in
/// the finding and in finding_event, kept across a re-check.</summary>
public sealed class ReviewTests : IAsyncLifetime
{
    private DashboardServer _server = null!;

    public async Task InitializeAsync() => _server = await DashboardServer.Start();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Acknowledge_then_resolve_is_recorded_and_survives_a_recheck()
    {
        var (id, _, _, _) = Facts.FindingIn(_server, _server.AreaOne);
        var period = Facts.One(_server, "SELECT period FROM finding WHERE finding_id = $1", r => r.GetString(0), id);
        using var client = await _server.Login("area1");
        var before = DateTime.UtcNow.AddSeconds(-1);

        var acknowledged = await DashboardServer.Submit(client, $"/findings/{id}", $"/findings/{id}/review",
            new() { ["status"] = "acknowledged", ["note"] = "" });
        Assert.Equal(HttpStatusCode.Redirect, acknowledged.StatusCode);
        Assert.Equal($"/findings/{id}", acknowledged.Headers.Location!.OriginalString);

        var refused = await DashboardServer.Submit(client, $"/findings/{id}", $"/findings/{id}/review",
            new() { ["status"] = "resolved", ["note"] = "  " });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("acknowledged", Facts.Status(_server, id));

        var resolved = await DashboardServer.Submit(client, $"/findings/{id}", $"/findings/{id}/review",
            new() { ["status"] = "resolved", ["note"] = "Đã xếp loại lại theo kết luận kiểm tra" });
        Assert.Equal(HttpStatusCode.Redirect, resolved.StatusCode);

        using (var store = WarehouseStore.Open(_server.Warehouse)) DemoProvince.Recheck(store, period);

        var (status, by, at, note) = Facts.One(_server,
            "SELECT status, status_by, status_at, status_note FROM finding WHERE finding_id = $1",
            r => (r.GetString(0), r.GetString(1), r.GetDateTime(2), r.GetString(3)), id);
        Assert.Equal(("resolved", "area1", "Đã xếp loại lại theo kết luận kiểm tra"), (status, by, note));
        Assert.InRange(at, before, DateTime.UtcNow.AddSeconds(1));
        var events = Facts.All(_server,
            "SELECT previous_status, status, by_user, coalesce(note, '') FROM finding_event WHERE finding_id = $1 ORDER BY event_id",
            r => (r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3)), id);
        Assert.Equal(
            [("new", "acknowledged", "area1", ""), ("acknowledged", "resolved", "area1", "Đã xếp loại lại theo kết luận kiểm tra")],
            events);

        var html = await client.GetPageAsync($"/findings/{id}");
        Assert.Contains("Đã xử lý</span> bởi area1", html, StringComparison.Ordinal);
        Assert.Contains("<td>Đã tiếp nhận</td><td>Đã xử lý</td><td>Đã xếp loại lại theo kết luận kiểm tra</td>", html,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Overview_counts_follow_the_review_at_once()
    {
        var (id, _, _, _) = Facts.FindingIn(_server, _server.AreaOne);
        using var client = await _server.Login("area1");
        var holding = Facts.One(_server,
            "SELECT count(*) FROM finding f JOIN unit_current u USING (unit_code) WHERE u.area_code = $1 AND f.holds",
            r => r.GetInt64(0), _server.AreaOne);
        Assert.Contains($"{holding} mới · 0 đã tiếp nhận", await client.GetPageAsync("/"), StringComparison.Ordinal);
        await DashboardServer.Submit(client, $"/findings/{id}", $"/findings/{id}/review",
            new() { ["status"] = "acknowledged", ["note"] = "" });
        Assert.Contains($"{holding - 1} mới · 1 đã tiếp nhận", await client.GetPageAsync("/"), StringComparison.Ordinal);
    }
}
