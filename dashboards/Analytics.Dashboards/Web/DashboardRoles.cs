namespace Analytics.Dashboards.Web;

/// <summary>The dashboard's roles, as the value of the <c>ClaimTypes.Role</c> claim (Hangfire's
/// /jobs filter checks <c>User.IsInRole("admin")</c>).</summary>
public static class DashboardRoles
{
    /// <summary>Everything, including /jobs and the users.</summary>
    public const string Admin = "admin";

    /// <summary>Every area; reviews findings.</summary>
    public const string Analyst = "analyst";

    /// <summary>Only the areas listed for the user; reviews their findings.</summary>
    public const string Area = "area";

    public static IReadOnlyList<string> All { get; } = [Admin, Analyst, Area];
}
