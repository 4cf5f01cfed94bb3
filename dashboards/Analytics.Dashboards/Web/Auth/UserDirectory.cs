using Analytics.Dashboards.Web.Data;

namespace Analytics.Dashboards.Web.Auth;

/// <summary>Finds a user by name and password: configured users first, then the web_user table.
/// A failed login takes as long whether or not the name exists (a hash is always verified).</summary>
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
        var user = options.Users.FirstOrDefault(u => string.Equals(u.Name, name, StringComparison.Ordinal));
        if (user is null)
        {
            using var lease = pool.Rent();
            user = DashboardUsers.Find(lease.Store, name);
        }
        var candidate = user ?? Nobody;
        return candidate.Verify(password) && user is not null && DashboardRoles.All.Contains(user.Role) ? user : null;
    }
}
