using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Analytics.Dashboards.Web.Auth;

/// <summary>The cookie's OnValidatePrincipal: at most once per <see cref="DashboardSessionOptions.StampCheckInterval"/>
/// a session is compared with its user as they are now; a user deleted, disabled or changed since the
/// login (their security stamp differs) is signed out, so `analytics users …` takes effect on open
/// sessions within a minute. The time of the last check travels in the cookie's properties.</summary>
internal static class SessionCheck
{
    private const string CheckedAt = "analytics.checked";

    public static async Task Validate(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        var interval = services.GetRequiredService<DashboardOptions>().Sessions.StampCheckInterval;
        var now = services.GetService<TimeProvider>()?.GetUtcNow() ?? DateTimeOffset.UtcNow;
        var last = context.Properties.Items.TryGetValue(CheckedAt, out var text)
            && long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            ? new DateTimeOffset(ticks, TimeSpan.Zero)
            : context.Properties.IssuedUtc ?? DateTimeOffset.MinValue;
        if (now - last < interval || context.Principal is not { } principal) return;

        var name = principal.Identity?.Name ?? "";
        var user = services.GetRequiredService<UserDirectory>().Find(name);
        if (user is { Disabled: false } && user.Stamp == principal.FindFirstValue(Viewer.StampClaim))
        {
            context.Properties.Items[CheckedAt] = now.UtcTicks.ToString(CultureInfo.InvariantCulture);
            context.ShouldRenew = true;   // the new check time goes back in the cookie
            return;
        }
        var log = services.GetRequiredService<ILoggerFactory>().CreateLogger("Analytics.Dashboards.Web.Login");
        if (log.IsEnabled(LogLevel.Information))
            log.LogInformation("Session of {Name} ended: the user was {Change}", name,
                user is null ? "deleted" : user.Disabled ? "disabled" : "changed");
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
    }
}
