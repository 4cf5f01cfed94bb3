using System.Security.Claims;

namespace Analytics.Dashboards.Web.Auth;

/// <summary>Who is looking: the logged-in user's name, role, area scope (null = every area) and whether
/// they may see personal data. Every query of a page takes the scope as a SQL parameter.</summary>
internal sealed record Viewer(string Name, string Role, IReadOnlyList<string>? Scope, bool PersonalData)
{
    public const string AreaClaim = "analytics:area";
    public const string PersonalDataClaim = "analytics:personal_data";
    public const string StampClaim = "analytics:stamp";

    public bool IsAdmin => Role == DashboardRoles.Admin;

    /// <summary>The scope as the array a DuckDB <c>VARCHAR[]</c> parameter takes; null = every area.</summary>
    public string[]? ScopeParameter => Scope?.ToArray();

    public bool Sees(string? areaCode) => Scope is null || (areaCode is not null && Scope.Contains(areaCode, StringComparer.Ordinal));

    public static Viewer From(ClaimsPrincipal user)
    {
        var role = user.FindFirstValue(ClaimTypes.Role) ?? DashboardRoles.Area;
        var areas = user.FindAll(AreaClaim).Select(c => c.Value).ToList();
        // Anything but admin and analyst is scoped: an unknown role sees its areas, or nothing.
        IReadOnlyList<string>? scope = role is DashboardRoles.Admin or DashboardRoles.Analyst ? null : areas;
        return new Viewer(user.Identity?.Name ?? "", role, scope, user.HasClaim(PersonalDataClaim, "true"));
    }

    public static ClaimsPrincipal Principal(ConfiguredUser user, string scheme)
    {
        var claims = new List<Claim> { new(ClaimTypes.Name, user.Name), new(ClaimTypes.Role, user.Role), new(StampClaim, user.Stamp) };
        claims.AddRange(user.Areas.Select(a => new Claim(AreaClaim, a)));
        if (user.PersonalData) claims.Add(new Claim(PersonalDataClaim, "true"));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme, ClaimTypes.Name, ClaimTypes.Role));
    }
}
