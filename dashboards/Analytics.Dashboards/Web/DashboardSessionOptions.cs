namespace Analytics.Dashboards.Web;

/// <summary>How the dashboard guards its logins and sessions (configuration <c>Dashboard:Sessions</c>):
/// how often a session is checked against its user's security stamp, how many login attempts a name
/// and a client address may make per window, and which reverse proxies are trusted to say who the
/// client is (X-Forwarded-For) and that it came over HTTPS (X-Forwarded-Proto). Immutable.</summary>
public sealed record DashboardSessionOptions
{
    /// <summary>A session is checked against the user's current stamp at most this often (default
    /// 30 s), so a change by <c>analytics users …</c> ends it within a minute without a query per page.</summary>
    public TimeSpan StampCheckInterval { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Login attempts one user name may make per <see cref="LoginWindow"/> (default 5).</summary>
    public int LoginAttemptsPerName { get; init; } = 5;

    /// <summary>Login attempts one client address may make per <see cref="LoginWindow"/> (default 20:
    /// an office behind one address logs in together in the morning).</summary>
    public int LoginAttemptsPerAddress { get; init; } = 20;

    /// <summary>The fixed window the login attempts are counted in (default one minute).</summary>
    public TimeSpan LoginWindow { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>Addresses of the reverse proxies whose X-Forwarded-For/-Proto headers are believed,
    /// beside the loopback addresses (a TLS proxy on the same machine), which always are. Headers from
    /// any other address are ignored. Default none.</summary>
    public IReadOnlyList<string> TrustedProxies { get; init; } = [];

    /// <summary>Networks (CIDR, e.g. <c>10.0.0.0/24</c>) whose proxies are believed, beside
    /// <see cref="TrustedProxies"/> (default none).</summary>
    public IReadOnlyList<string> TrustedNetworks { get; init; } = [];
}
