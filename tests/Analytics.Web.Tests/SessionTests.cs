using System.Net;
using Analytics.Dashboards.Web;
using Analytics.Warehouse.Store;
using Analytics.Web.Tests.Helpers;

namespace Analytics.Web.Tests;

/// <summary>A session is checked against its user's security stamp (the test server checks on every
/// request; serve every 30 s): a user disabled, deleted or changed by `analytics users …` is signed out,
/// an unchanged one stays in, and a disabled one cannot log in again until enabled.</summary>
[Collection("server")]
public sealed class SessionTests(ServerFixture fixture)
{
    private const string Secret = "mật khẩu phiên 42";
    private DashboardServer Server => fixture.Server;

    [Fact]
    public async Task A_disabled_user_is_signed_out_and_refused_until_enabled()
    {
        AddUser("phien-tat");
        using var client = await Server.Login("phien-tat", Secret);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/findings")).StatusCode);

        Change("phien-tat", u => u with { Disabled = true });
        var after = await client.GetAsync("/findings");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Equal("/login?ReturnUrl=%2Ffindings", after.Headers.Location!.PathAndQuery);
        using var again = Server.Anonymous();
        var refused = await DashboardServer.Submit(again, "/login", "/login", new() { ["name"] = "phien-tat", ["password"] = Secret });
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);

        Change("phien-tat", u => u with { Disabled = false });
        using var enabled = await Server.Login("phien-tat", Secret);
        Assert.Equal(HttpStatusCode.OK, (await enabled.GetAsync("/findings")).StatusCode);
    }

    [Fact]
    public async Task A_changed_role_or_a_deleted_user_ends_the_session_and_an_unchanged_user_stays()
    {
        AddUser("phien-vai-tro");
        AddUser("phien-xoa");
        AddUser("phien-giu");
        using var changed = await Server.Login("phien-vai-tro", Secret);
        using var deleted = await Server.Login("phien-xoa", Secret);
        using var kept = await Server.Login("phien-giu", Secret);

        Change("phien-vai-tro", u => u with { Role = DashboardRoles.Area, Areas = [Server.AreaOne] });
        using (var store = WarehouseStore.Open(Server.Warehouse)) DashboardUsers.Delete(store, "phien-xoa");

        Assert.Equal(HttpStatusCode.Redirect, (await changed.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await deleted.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await kept.GetAsync("/")).StatusCode);
        using var relogged = await Server.Login("phien-vai-tro", Secret);
        Assert.Contains($"phien-vai-tro · Chuyên viên địa bàn ({Server.AreaOne})", await relogged.GetPageAsync("/"),
            StringComparison.Ordinal);
    }

    [Fact]
    public void Each_change_draws_a_new_stamp_and_an_unknown_user_is_named()
    {
        var first = AddUser("phien-dau").Stamp;
        var second = Change("phien-dau", u => u with { PersonalData = true }).Stamp;
        Assert.NotEqual(first, second);
        Assert.Equal(second, Find("phien-dau").Stamp);
        Assert.Equal(32, second.Length);
        using var store = WarehouseStore.Open(Server.Warehouse);
        var error = Assert.Throws<ArgumentException>(() => DashboardUsers.Change(store, "khong-co", u => u));
        Assert.Equal($"no dashboard user 'khong-co' in {store.Path}; `analytics users list` shows them", error.Message);
        Assert.Throws<ArgumentException>(() => DashboardUsers.Delete(store, "khong-co"));
    }

    [Fact]
    public void A_configured_user_s_stamp_follows_what_configuration_says()
    {
        var user = ConfiguredUser.WithPassword("cau-hinh", DashboardRoles.Analyst, Secret);
        Assert.Equal(user.Stamp, (user with { }).Stamp);
        Assert.NotEqual(user.Stamp, (user with { Role = DashboardRoles.Admin }).Stamp);
        Assert.NotEqual(user.Stamp, (user with { PersonalData = true }).Stamp);
        Assert.Equal("s-1", (user with { SecurityStamp = "s-1" }).Stamp);
    }

    private ConfiguredUser AddUser(string name)
    {
        using var store = WarehouseStore.Open(Server.Warehouse);
        return DashboardUsers.Add(store, name, DashboardRoles.Analyst, [], false, Secret);
    }

    private ConfiguredUser Change(string name, Func<ConfiguredUser, ConfiguredUser> change)
    {
        using var store = WarehouseStore.Open(Server.Warehouse);
        return DashboardUsers.Change(store, name, change);
    }

    private ConfiguredUser Find(string name)
    {
        using var store = WarehouseStore.Open(Server.Warehouse);
        return DashboardUsers.Find(store, name)!;
    }
}
