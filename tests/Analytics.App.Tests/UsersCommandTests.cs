using Analytics.Dashboards.Web;
using Analytics.Warehouse.Store;

namespace Analytics.App.Tests;

/// <summary>`analytics users add|list`: dashboard users in the warehouse's web_user table.</summary>
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
}
