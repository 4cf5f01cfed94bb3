using System.CommandLine;
using System.Security.Cryptography;
using Analytics.Dashboards.Web;
using Analytics.Warehouse.Store;

namespace Analytics.App.Commands;

/// <summary>`analytics users add NAME --role admin|analyst|area [--areas A,B] [--personal-data] [--password-stdin]`:
/// a dashboard user in the warehouse's web_user table (password hashed with ASP.NET Core's PasswordHasher).
/// Without --password-stdin a random password is made and printed once. `analytics users list` shows them;
/// `disable|enable|delete|passwd|set-role|set-areas` change them (UsersCommand.Changes.cs).</summary>
internal static partial class UsersCommand
{
    private const string PasswordStdinText = "Read the password from the first line of standard input";

    public static Command Create(Option<string> warehouse, CliConsole console, TextReader? stdin = null)
    {
        var name = new Argument<string>("NAME") { Description = "Login name" };
        var role = new Option<string>("--role") { Description = "admin, analyst or area", Required = true };
        role.AcceptOnlyFromAmong([.. DashboardRoles.All]);
        var areas = new Option<string?>("--areas") { Description = "Area codes an area analyst may see, comma-separated (A,B)" };
        var personal = new Option<bool>("--personal-data") { Description = "May see names and source ids of persons" };
        var passwordStdin = new Option<bool>("--password-stdin") { Description = PasswordStdinText };
        var add = new Command("add", "Add a dashboard user (or replace the one of that name)")
        {
            name,
            role,
            areas,
            personal,
            passwordStdin,
        };
        add.SetAction(parse =>
        {
            var generated = !parse.GetValue(passwordStdin);
            var password = Password(generated, stdin, console);
            if (password is null) return 1;
            using var store = WarehouseStore.Open(parse.GetValue(warehouse)!);
            var user = DashboardUsers.Add(store, parse.GetValue(name)!, parse.GetValue(role)!, AreaList(parse.GetValue(areas)),
                parse.GetValue(personal), password);
            console.Out.WriteLine(Describe(user));
            if (generated) console.Out.WriteLine($"password: {password}");
            return 0;
        });

        var listCommand = new Command("list", "List the dashboard users of the warehouse (never their passwords)");
        listCommand.SetAction(parse =>
        {
            using var store = WarehouseStore.Open(parse.GetValue(warehouse)!);
            foreach (var u in DashboardUsers.List(store))
                console.Out.WriteLine(($"{u.Name}\t{u.Role}\t{string.Join(",", u.Areas)}\t{(u.PersonalData ? "personal-data" : "")}" +
                    $"\t{(u.Disabled ? "disabled" : "")}").TrimEnd());
            return 0;
        });
        var users = new Command("users", "Dashboard users") { add, listCommand };
        foreach (var change in Changes(warehouse, console, stdin)) users.Subcommands.Add(change);
        return users;
    }

    /// <summary>The password to set: a random one (printed once by the caller), or the first line of standard
    /// input; null (the error printed) when standard input held none.</summary>
    private static string? Password(bool generated, TextReader? stdin, CliConsole console)
    {
        var password = generated
            ? Convert.ToBase64String(RandomNumberGenerator.GetBytes(12))
            : (stdin ?? Console.In).ReadLine()?.TrimEnd('\r', '\n');
        if (string.IsNullOrEmpty(password)) console.Error.WriteLine("error: --password-stdin: standard input held no password");
        return string.IsNullOrEmpty(password) ? null : password;
    }

    private static string[] AreaList(string? areas) =>
        (areas ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    /// <summary>"user thu: area, areas X001,X002, personal data" (", disabled" when it is).</summary>
    private static string Describe(ConfiguredUser user) =>
        $"user {user.Name}: {user.Role}" + (user.Areas.Count > 0 ? $", areas {string.Join(",", user.Areas)}" : "") +
        (user.PersonalData ? ", personal data" : "") + (user.Disabled ? ", disabled" : "");
}
