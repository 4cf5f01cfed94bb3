using System.Text.RegularExpressions;
using Analytics.App.Commands;
using Analytics.Dashboards.Web;
using Analytics.Warehouse.Store;

namespace Analytics.App.Tests;

/// <summary>The demo's dashboard logins: an administrator with personal-data rights and an area analyst
/// scoped to the area with the most findings, with fresh passwords printed once and stored hashed.</summary>
public sealed partial class DemoLoginsTests
{
    [Fact]
    public void The_demo_prints_two_logins_whose_passwords_work_and_renews_them_each_run()
    {
        using var cli = new CliRunner();
        Assert.Equal(0, cli.Run("ingest", Path.Combine(CliRunner.RepositoryRoot(), "samples")).Exit);
        Assert.Equal(0, cli.Run("check", "--period", "2024").Exit);   // one R03 finding, unit HB-CB02 of area HB

        using var store = WarehouseStore.Open(cli.Warehouse);
        using var first = new StringWriter();
        DemoLogins.Reset(store, first);
        var lines = Login().Matches(first.ToString()).Select(m => (m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value)).ToList();
        Assert.Equal(["demo", "khuvuc"], lines.Select(l => l.Item1));
        Assert.Equal("(area analyst: area HB only, pseudonyms)", lines[1].Item3);
        var demo = DashboardUsers.Find(store, "demo")!;
        var area = DashboardUsers.Find(store, "khuvuc")!;
        Assert.Equal((DashboardRoles.Admin, true), (demo.Role, demo.PersonalData));
        Assert.Equal((DashboardRoles.Area, false), (area.Role, area.PersonalData));
        Assert.Equal(["HB"], area.Areas);
        Assert.True(demo.Verify(lines[0].Item2));
        Assert.True(area.Verify(lines[1].Item2));

        using var second = new StringWriter();
        DemoLogins.Reset(store, second);
        var renewed = Login().Match(second.ToString()).Groups[2].Value;
        Assert.NotEqual(lines[0].Item2, renewed);
        Assert.False(DashboardUsers.Find(store, "demo")!.Verify(lines[0].Item2));
        Assert.True(DashboardUsers.Find(store, "demo")!.Verify(renewed));
    }

    [GeneratedRegex(@"login +(\S+) / ([0-9a-f]{12}) +(\(.*\))")]
    private static partial Regex Login();
}
