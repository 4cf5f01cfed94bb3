using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Analytics.App.Serve.Operability;

/// <summary>Who may read /metrics: a scraper presenting <c>Authorization: Bearer TOKEN</c> where TOKEN is the
/// value of the environment variable Serve:MetricsTokenVariable names, or an administrator logged in on
/// the dashboard. Anyone else gets 401 (403 when logged in without the role).</summary>
internal sealed class MetricsAccess(string? token)
{
    public const string Path = "/metrics";

    public async Task Check(HttpContext http, Func<Task> next)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(next);
        if (Bearer(http.Request.Headers.Authorization) || http.User.IsInRole(AdminDashboardFilter.Role))
        {
            await next();
            return;
        }
        if (http.User.Identity?.IsAuthenticated == true)
        {
            http.Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }
        http.Response.StatusCode = StatusCodes.Status401Unauthorized;
        http.Response.Headers.WWWAuthenticate = "Bearer";
    }

    private bool Bearer(string? authorization)
    {
        const string Scheme = "Bearer ";
        if (string.IsNullOrEmpty(token) || authorization is null || !authorization.StartsWith(Scheme, StringComparison.Ordinal))
            return false;
        return CryptographicOperations.FixedTimeEquals(
            Encoding.UTF8.GetBytes(authorization[Scheme.Length..]), Encoding.UTF8.GetBytes(token));
    }
}
