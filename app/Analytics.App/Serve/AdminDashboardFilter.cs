using Hangfire.Dashboard;

namespace Analytics.App.Serve;

/// <summary>Hangfire's dashboard (/jobs) is for administrators only: an authenticated user in role
/// "admin". Hangfire answers 401 to anonymous requests and 403 to other users; local requests get no
/// favour (Hangfire's LocalRequestsOnly default is replaced, not kept).</summary>
internal sealed class AdminDashboardFilter : IDashboardAuthorizationFilter
{
    public const string Role = "admin";

    public bool Authorize(DashboardContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var user = context.GetHttpContext().User;
        return user.Identity?.IsAuthenticated == true && user.IsInRole(Role);
    }
}
