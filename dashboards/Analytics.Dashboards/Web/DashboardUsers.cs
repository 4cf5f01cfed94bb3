using Analytics.Warehouse.Store;

namespace Analytics.Dashboards.Web;

/// <summary>The web_user table (migration 010): users created with <c>analytics users add</c>,
/// beside those from configuration.</summary>
public static class DashboardUsers
{
    private const string Upsert = """
        INSERT INTO web_user (name, role, areas, personal_data, password_hash, created_at, updated_at)
        VALUES ($1, $2, $3::VARCHAR[], $4, $5, now(), now())
        ON CONFLICT (name) DO UPDATE SET role = excluded.role, areas = excluded.areas,
            personal_data = excluded.personal_data, password_hash = excluded.password_hash, updated_at = now()
        """;

    private const string SelectAll = "SELECT name, role, areas, personal_data, password_hash FROM web_user ORDER BY name";

    /// <summary>Adds a user, or replaces the one of that name (role, areas, rights, password).</summary>
    public static ConfiguredUser Add(WarehouseStore store, string name, string role, IReadOnlyList<string> areas, bool personalData, string password)
    {
        ArgumentNullException.ThrowIfNull(store);
        var user = ConfiguredUser.WithPassword(name.Trim(), role, password, areas.Select(a => a.Trim()).Where(a => a.Length > 0).Distinct().ToList(), personalData);
        user.Validate();
        store.Execute(Upsert, user.Name, user.Role, user.Areas.ToArray(), user.PersonalData, user.PasswordHash);
        return user;
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
        }).ToList();
    }

    /// <summary>The user of that name in the table, if any.</summary>
    public static ConfiguredUser? Find(WarehouseStore store, string name) =>
        List(store).FirstOrDefault(u => string.Equals(u.Name, name, StringComparison.Ordinal));
}
