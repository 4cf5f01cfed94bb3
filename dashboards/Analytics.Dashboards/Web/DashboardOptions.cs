using Microsoft.Extensions.Configuration;

namespace Analytics.Dashboards.Web;

/// <summary>What the dashboard serves and who may log in. Immutable; change with <c>with</c>.</summary>
public sealed record DashboardOptions
{
    /// <summary>The warehouse file (default <c>data/warehouse.duckdb</c>). The server process is its
    /// single writer; every page opens its own connection to the one shared database instance.</summary>
    public string WarehousePath { get; init; } = "data/warehouse.duckdb";

    /// <summary>Where <c>analytics brief</c> writes its packs, one folder per quarter holding a .zip
    /// (default <c>data/briefings</c>).</summary>
    public string BriefingsFolder { get; init; } = "data/briefings";

    /// <summary>Users from configuration (<c>Dashboard:Users</c>); the web_user table adds more
    /// (<c>analytics users add</c>). A configured user wins over a table user of the same name.</summary>
    public IReadOnlyList<ConfiguredUser> Users { get; init; } = [];

    /// <summary>Rows per page of the findings list (default 50).</summary>
    public int PageSize { get; init; } = 50;

    /// <summary>How long a login lasts without activity (default 8 hours, sliding).</summary>
    public TimeSpan SessionLifetime { get; init; } = TimeSpan.FromHours(8);

    /// <summary>Paths under which the dashboard's Content-Security-Policy is not sent, because another
    /// component with its own scripts lives there (default: Hangfire's <c>/jobs</c>). The other
    /// security headers are sent everywhere.</summary>
    public IReadOnlyList<string> CspExemptPaths { get; init; } = ["/jobs"];

    /// <summary>Send the authentication and antiforgery cookies only over HTTPS (default true: the
    /// dashboard is served through a TLS proxy, see <see cref="DashboardSessionOptions.TrustedProxies"/>). Turn
    /// off only for plain-HTTP use on loopback, such as the demo.</summary>
    public bool SecureCookies { get; init; } = true;

    /// <summary>Memory the drawn charts may keep, in bytes (default 32 MiB; the oldest go first).</summary>
    public long ChartCacheBytes { get; init; } = 32L * 1024 * 1024;

    /// <summary>Logins and sessions: stamp checks, login rate limits, trusted proxies (<c>Dashboard:Sessions</c>).</summary>
    public DashboardSessionOptions Sessions { get; init; } = new();

    /// <summary>The configuration section.</summary>
    public const string Section = "Dashboard";

    /// <summary>The options bound from a configuration section (normally <c>Dashboard</c>): <c>Users</c>
    /// (each <c>Name</c>, <c>Role</c>, <c>Areas</c>, <c>PersonalData</c>, <c>PasswordHash</c>), <c>PageSize</c>,
    /// <c>SessionLifetime</c>, <c>CspExemptPaths</c>, <c>SecureCookies</c>, <c>ChartCacheBytes</c>, <c>Sessions</c>;
    /// what the section leaves out keeps
    /// <paramref name="defaults"/> (configured users come after the default ones). The warehouse and the
    /// briefings folder are not settings of the dashboard: the host passes its one warehouse in
    /// <paramref name="defaults"/>, so the dashboard can never show another file than the jobs write.</summary>
    public static DashboardOptions FromConfiguration(IConfiguration section, DashboardOptions? defaults = null)
    {
        ArgumentNullException.ThrowIfNull(section);
        var d = defaults ?? new DashboardOptions();
        foreach (var key in new[] { nameof(WarehousePath), nameof(BriefingsFolder) })
            if (section[key] is { } value)
                throw new ArgumentException(
                    $"Setting {(section as IConfigurationSection)?.Path ?? Section}:{key} = '{value}' is not allowed: " +
                    "the dashboard serves the warehouse of Warehouse:Path (or --warehouse) and the briefings folder beside it; " +
                    "remove the key.");
        var bound = d with { Users = [] };
        section.Bind(bound);
        return bound with { Users = [.. d.Users, .. bound.Users], WarehousePath = d.WarehousePath, BriefingsFolder = d.BriefingsFolder };
    }
}
