using Analytics.Dashboards.Web.Data;

namespace Analytics.Dashboards.Web.Auth;

/// <summary>Finds a user by name (configured users first, then the web_user table) and checks a password.
/// A failed login takes as long whether or not the name exists (a hash is always verified); a disabled
/// user is refused like a wrong password.</summary>
internal sealed class UserDirectory(DashboardOptions options, WarehousePool pool)
{
    private static readonly ConfiguredUser Nobody = ConfiguredUser.WithPassword("-", DashboardRoles.Area, Guid.NewGuid().ToString(), ["-"]);

    public ConfiguredUser? Authenticate(string name, string password)
    {
        name = name.Trim();
        if (name.Length == 0 || password.Length == 0)
        {
            Nobody.Verify(password.Length == 0 ? "-" : password);
            return null;
        }
        var user = Find(name);
        var candidate = user ?? Nobody;
        return candidate.Verify(password) && user is { Disabled: false } && DashboardRoles.All.Contains(user.Role) ? user : null;
    }

    /// <summary>The user of that name as they are now (configuration, then the table), or null.</summary>
    public ConfiguredUser? Find(string name)
    {
        var user = options.Users.FirstOrDefault(u => string.Equals(u.Name, name, StringComparison.Ordinal));
        if (user is not null) return user;
        using var lease = pool.Rent();
        return DashboardUsers.Find(lease.Store, name);
    }
}
