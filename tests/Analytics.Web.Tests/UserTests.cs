using System.Net;
using Analytics.Dashboards.Web;
using Analytics.Warehouse.Store;
using Analytics.Web.Tests.Helpers;
using Microsoft.Extensions.Configuration;

namespace Analytics.Web.Tests;

/// <summary>Users from the web_user table (analytics users add) and from configuration (Dashboard:Users).</summary>
[Collection("server")]
public sealed class UserTests(ServerFixture fixture)
{
    private DashboardServer Server => fixture.Server;

    [Fact]
    public async Task A_table_user_logs_in_with_its_role_and_areas()
    {
        using (var store = WarehouseStore.Open(Server.Warehouse))
            DashboardUsers.Add(store, "huyen", DashboardRoles.Area, [Server.AreaTwo, " "], false, "mật khẩu dài 123");
        using var client = await Server.Login("huyen", "mật khẩu dài 123");
        var html = await client.GetPageAsync("/");
        Assert.Contains($"huyen · Chuyên viên địa bàn ({Server.AreaTwo})", html, StringComparison.Ordinal);
        using var wrong = Server.Anonymous();
        var refused = await DashboardServer.Submit(wrong, "/login", "/login",
            new() { ["name"] = "huyen", ["password"] = "mật khẩu dài 124" });
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    [Fact]
    public void Table_users_are_stored_with_a_hash_never_the_password()
    {
        using var store = WarehouseStore.Open(Server.Warehouse);
        DashboardUsers.Add(store, "tinh", DashboardRoles.Analyst, [], true, "bí mật 987");
        var user = DashboardUsers.Find(store, "tinh")!;
        Assert.Equal((DashboardRoles.Analyst, true), (user.Role, user.PersonalData));
        Assert.DoesNotContain("bí mật", user.PasswordHash, StringComparison.Ordinal);
        Assert.True(user.Verify("bí mật 987"));
        Assert.False(user.Verify("bí mật 988"));
        Assert.Throws<ArgumentException>(() => DashboardUsers.Add(store, "x", DashboardRoles.Area, [], false, "pw"));
        Assert.Throws<ArgumentException>(() => DashboardUsers.Add(store, "x", "root", [], false, "pw"));
    }

    [Fact]
    public void Configured_users_bind_from_the_dashboard_section()
    {
        var hash = ConfiguredUser.HashPassword("pw-1");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Dashboard:Users:0:Name"] = "an",
            ["Dashboard:Users:0:Role"] = "area",
            ["Dashboard:Users:0:Areas:0"] = "X001",
            ["Dashboard:Users:0:Areas:1"] = "X002",
            ["Dashboard:Users:0:PersonalData"] = "true",
            ["Dashboard:Users:0:PasswordHash"] = hash,
            ["Dashboard:PageSize"] = "25",
        }).Build();
        var options = DashboardOptions.FromConfiguration(configuration.GetSection("Dashboard"),
            new DashboardOptions { WarehousePath = "w.duckdb", BriefingsFolder = "/srv/briefings" });   // the host's, never the section's
        Assert.Equal(("w.duckdb", "/srv/briefings", 25), (options.WarehousePath, options.BriefingsFolder, options.PageSize));
        var user = Assert.Single(options.Users);
        Assert.Equal(("an", "area", true), (user.Name, user.Role, user.PersonalData));
        Assert.Equal(["X001", "X002"], user.Areas);
        Assert.True(user.Verify("pw-1"));
    }
}
