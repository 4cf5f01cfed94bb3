using System.CommandLine;
using Analytics.Dashboards.Web;
using Analytics.Warehouse.Store;

namespace Analytics.App.Commands;

// `analytics users disable|enable|delete|passwd|set-role|set-areas NAME …`: each changes one user of the
// web_user table and draws a new security stamp, so the user's open dashboard sessions end within a minute
// (the dashboard checks the stamp); each prints the user as `users add` does. An unknown name is an error
// naming the user (exit 1).
internal static partial class UsersCommand
{
    private static IEnumerable<Command> Changes(Option<string> warehouse, CliConsole console, TextReader? stdin)
    {
        yield return Change("disable", "Stop a user logging in and end their sessions", warehouse, console,
            (_, u) => u with { Disabled = true });
        yield return Change("enable", "Let a disabled user log in again", warehouse, console, (_, u) => u with { Disabled = false });

        var name = NameArgument();
        var delete = new Command("delete", "Remove a user and end their sessions (their reviews keep the name)") { name };
        delete.SetAction(parse =>
        {
            using var store = WarehouseStore.Open(parse.GetValue(warehouse)!);
            DashboardUsers.Delete(store, parse.GetValue(name)!);
            console.Out.WriteLine($"user {parse.GetValue(name)!.Trim()}: deleted");
            return 0;
        });
        yield return delete;

        var passwordStdin = new Option<bool>("--password-stdin") { Description = PasswordStdinText };
        var passwordName = NameArgument();
        var passwd = new Command("passwd", "Set a new password (random and printed once, unless --password-stdin)")
        {
            passwordName, passwordStdin,
        };
        passwd.SetAction(parse =>
        {
            var generated = !parse.GetValue(passwordStdin);
            var password = Password(generated, stdin, console);
            if (password is null) return 1;
            using var store = WarehouseStore.Open(parse.GetValue(warehouse)!);
            var user = DashboardUsers.Change(store, parse.GetValue(passwordName)!,
                u => u with { PasswordHash = ConfiguredUser.HashPassword(password) });
            console.Out.WriteLine(Describe(user));
            if (generated) console.Out.WriteLine($"password: {password}");
            return 0;
        });
        yield return passwd;

        var role = new Argument<string>("ROLE") { Description = "admin, analyst or area" };
        role.AcceptOnlyFromAmong([.. DashboardRoles.All]);
        yield return Change("set-role", "Give a user another role", warehouse, console,
            (p, u) => u with { Role = p.GetValue(role)! }, role);

        var areas = new Argument<string>("AREAS") { Description = "Area codes an area analyst may see, comma-separated (A,B)" };
        yield return Change("set-areas", "Set the areas a user may see", warehouse, console,
            (p, u) => u with { Areas = AreaList(p.GetValue(areas)) }, areas);
    }

    /// <summary>A subcommand NAME [extra]: applies <paramref name="change"/> to the user and prints them.</summary>
    private static Command Change(string verb, string description, Option<string> warehouse, CliConsole console,
        Func<ParseResult, ConfiguredUser, ConfiguredUser> change, Argument<string>? extra = null)
    {
        var name = NameArgument();
        var command = new Command(verb, description) { name };
        if (extra is not null) command.Arguments.Add(extra);
        command.SetAction(parse =>
        {
            using var store = WarehouseStore.Open(parse.GetValue(warehouse)!);
            console.Out.WriteLine(Describe(DashboardUsers.Change(store, parse.GetValue(name)!, u => change(parse, u))));
            return 0;
        });
        return command;
    }

    private static Argument<string> NameArgument() => new("NAME") { Description = "Login name" };
}
