using Analytics.Warehouse.Store;

namespace Analytics.Dashboards.Web;

/// <summary>The web_user table (migrations 010 and 017): users created with <c>analytics users add</c>,
/// beside those from configuration, and the changes <c>analytics users disable|enable|delete|passwd|
/// set-role|set-areas</c> make. Each change draws a new security stamp, which ends the user's open
/// sessions at their next check (Auth/SessionCheck).</summary>
public static class DashboardUsers
{
    private const string Upsert = """
        INSERT INTO web_user (name, role, areas, personal_data, password_hash, created_at, updated_at, disabled, security_stamp)
        VALUES ($1, $2, $3::VARCHAR[], $4, $5, now(), now(), $6, $7)
        ON CONFLICT (name) DO UPDATE SET role = excluded.role, areas = excluded.areas,
            personal_data = excluded.personal_data, password_hash = excluded.password_hash, updated_at = now(),
            disabled = excluded.disabled, security_stamp = excluded.security_stamp
        """;

    private const string Update = """
        UPDATE web_user SET role = $2, areas = $3::VARCHAR[], personal_data = $4, password_hash = $5, disabled = $6,
            security_stamp = $7, updated_at = now()
        WHERE name = $1
        """;

    private const string DeleteOne = "DELETE FROM web_user WHERE name = $1";

    private const string SelectAll =
        "SELECT name, role, areas, personal_data, password_hash, disabled, security_stamp FROM web_user ORDER BY name";

    /// <summary>Adds a user, or replaces the one of that name (role, areas, rights, password; enabled).</summary>
    public static ConfiguredUser Add(
        WarehouseStore store, string name, string role, IReadOnlyList<string> areas, bool personalData, string password)
    {
        ArgumentNullException.ThrowIfNull(store);
        var user = ConfiguredUser.WithPassword(name.Trim(), role, password, Clean(areas), personalData) with { SecurityStamp = NewStamp() };
        user.Validate();
        store.Execute(Upsert, user.Name, user.Role, user.Areas.ToArray(), user.PersonalData, user.PasswordHash, false, user.SecurityStamp);
        return user;
    }

    /// <summary>Changes the user of that name (checked as <see cref="ConfiguredUser.Validate"/> checks a new one)
    /// and draws a new security stamp. No such user → <see cref="ArgumentException"/> naming it.</summary>
    public static ConfiguredUser Change(WarehouseStore store, string name, Func<ConfiguredUser, ConfiguredUser> change)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(change);
        var current = Find(store, name.Trim()) ?? throw NoSuchUser(store, name);
        var user = change(current) with { Name = current.Name, SecurityStamp = NewStamp() };
        user = user with { Areas = Clean(user.Areas) };
        user.Validate();
        store.Execute(Update, user.Name, user.Role, user.Areas.ToArray(), user.PersonalData, user.PasswordHash, user.Disabled,
            user.SecurityStamp);
        return user;
    }

    /// <summary>Removes the user of that name (the review history keeps their name). No such user →
    /// <see cref="ArgumentException"/> naming it.</summary>
    public static void Delete(WarehouseStore store, string name)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (store.Execute(DeleteOne, name.Trim()) == 0) throw NoSuchUser(store, name);
    }

    /// <summary>Every user of the table, by name.</summary>
    public static IReadOnlyList<ConfiguredUser> List(WarehouseStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.Rows(SelectAll, r => new ConfiguredUser
        {
            Name = r.GetString(0),
            Role = r.GetString(1),
            Areas = ((List<string>)r.GetValue(2)).ToList(),
            PersonalData = r.GetBoolean(3),
            PasswordHash = r.GetString(4),
            Disabled = !r.IsDBNull(5) && r.GetBoolean(5),
            SecurityStamp = r.IsDBNull(6) ? "" : r.GetString(6),
        }).ToList();
    }

    /// <summary>The user of that name in the table, if any.</summary>
    public static ConfiguredUser? Find(WarehouseStore store, string name) =>
        List(store).FirstOrDefault(u => string.Equals(u.Name, name, StringComparison.Ordinal));

    /// <summary>Area codes as a user holds them: trimmed, no empty ones, each once.</summary>
    public static IReadOnlyList<string> Clean(IEnumerable<string> areas) =>
        areas.Select(a => a.Trim()).Where(a => a.Length > 0).Distinct(StringComparer.Ordinal).ToList();

    private static string NewStamp() => Guid.NewGuid().ToString("N");

    private static ArgumentException NoSuchUser(WarehouseStore store, string name) =>
        new($"no dashboard user '{name.Trim()}' in {store.Path}; `analytics users list` shows them");
}
