using Analytics.Dashboards.Web;
using Analytics.Warehouse.Store;

namespace Analytics.App.Tests;

/// <summary>`analytics users add|list|disable|enable|delete|passwd|set-role|set-areas`: dashboard users in the
/// warehouse's web_user table; every change draws a new security stamp (which ends open sessions).</summary>
public sealed class UsersCommandTests
{
    [Fact]
    public void Add_stores_role_areas_rights_and_a_hashed_password()
    {
        using var cli = new CliRunner();
        var (exit, output, error) = cli.Run("users", "add", "thu", "--role", "area", "--areas", "X001, X002", "--personal-data");
        Assert.True(exit == 0, error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("user thu: area, areas X001,X002, personal data", lines[0]);
        var password = lines[1]["password: ".Length..];

        using (var store = WarehouseStore.Open(cli.Warehouse))
        {
            var user = DashboardUsers.Find(store, "thu")!;
            Assert.Equal(["X001", "X002"], user.Areas);
            Assert.True(user.Verify(password));
            Assert.DoesNotContain(password, user.PasswordHash, StringComparison.Ordinal);
        }
        Assert.Equal("thu\tarea\tX001,X002\tpersonal-data\n", cli.Run("users", "list").Out);
    }

    [Fact]
    public void An_area_analyst_without_areas_or_an_unknown_role_is_refused()
    {
        using var cli = new CliRunner();
        var (exit, _, error) = cli.Run("users", "add", "an", "--role", "area");
        Assert.Equal(1, exit);
        Assert.Equal("error: user 'an': an area analyst needs at least one area code\n", error.ReplaceLineEndings("\n"));
        Assert.NotEqual(0, cli.Run("users", "add", "an", "--role", "root").Exit);
    }

    [Fact]
    public void Disable_enable_set_role_and_set_areas_change_the_user_and_its_stamp()
    {
        using var cli = new CliRunner();
        Assert.Equal(0, cli.Run("users", "add", "lan", "--role", "analyst").Exit);
        var stamps = new List<string> { Stamp(cli, "lan") };

        Assert.Equal((0, "user lan: analyst, disabled\n", ""), cli.Run("users", "disable", "lan"));
        Assert.Equal("lan\tanalyst\t\t\tdisabled\n", cli.Run("users", "list").Out);
        stamps.Add(Stamp(cli, "lan"));
        Assert.Equal((0, "user lan: analyst\n", ""), cli.Run("users", "enable", "lan"));
        stamps.Add(Stamp(cli, "lan"));
        Assert.Equal((0, "user lan: analyst, areas X003,X004\n", ""), Normalised(cli.Run("users", "set-areas", "lan", "X003, X004,X003")));
        stamps.Add(Stamp(cli, "lan"));
        Assert.Equal((0, "user lan: admin, areas X003,X004\n", ""), Normalised(cli.Run("users", "set-role", "lan", "admin")));
        stamps.Add(Stamp(cli, "lan"));
        Assert.Equal(stamps.Count, stamps.Distinct().Count());
    }

    [Fact]
    public void Passwd_replaces_the_password_and_delete_removes_the_user()
    {
        using var cli = new CliRunner();
        var first = cli.Run("users", "add", "hoa", "--role", "analyst").Out.Split('\n')[1]["password: ".Length..];
        var stamp = Stamp(cli, "hoa");
        var (exit, output, _) = cli.Run("users", "passwd", "hoa");
        Assert.Equal(0, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("user hoa: analyst", lines[0]);
        var second = lines[1]["password: ".Length..];
        using (var store = WarehouseStore.Open(cli.Warehouse))
        {
            var user = DashboardUsers.Find(store, "hoa")!;
            Assert.True(user.Verify(second));
            Assert.False(user.Verify(first));
            Assert.NotEqual(stamp, user.Stamp);
        }
        Assert.Equal((0, "user hoa: deleted\n", ""), cli.Run("users", "delete", "hoa"));
        Assert.Equal("", cli.Run("users", "list").Out);
    }

    [Theory]
    [InlineData("disable")]
    [InlineData("enable")]
    [InlineData("delete")]
    [InlineData("passwd")]
    public void A_change_to_an_unknown_user_names_it(string verb)
    {
        using var cli = new CliRunner();
        var (exit, output, error) = cli.Run("users", verb, "khong-co");
        Assert.Equal((1, ""), (exit, output));
        Assert.Equal($"error: no dashboard user 'khong-co' in {cli.Warehouse}; `analytics users list` shows them\n",
            error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void An_area_analyst_cannot_lose_every_area()
    {
        using var cli = new CliRunner();
        Assert.Equal(0, cli.Run("users", "add", "an", "--role", "area", "--areas", "X001").Exit);
        var (exit, _, error) = cli.Run("users", "set-areas", "an", " , ");
        Assert.Equal(1, exit);
        Assert.Equal("error: user 'an': an area analyst needs at least one area code\n", error.ReplaceLineEndings("\n"));
        Assert.NotEqual(0, cli.Run("users", "set-role", "an", "root").Exit);
    }

    private static string Stamp(CliRunner cli, string name)
    {
        using var store = WarehouseStore.Open(cli.Warehouse);
        return DashboardUsers.Find(store, name)!.SecurityStamp;
    }

    private static (int, string, string) Normalised((int Exit, string Out, string Err) run) =>
        (run.Exit, run.Out.ReplaceLineEndings("\n"), run.Err);
}
