using Analytics.Dashboards.Web.Auth;
using Analytics.Dashboards.Web.Pages;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;

namespace Analytics.Dashboards.Web.Endpoints;

/// <summary>Log in with a name and password (cookie authentication), and log out. The forms bind with
/// [FromForm] and live under the dashboard's form group, so the framework validates their antiforgery
/// token before these run (DashboardSetup).</summary>
internal static class LoginEndpoints
{
    public static RazorComponentResult<LoginPage> Show(string? returnUrl) => Form(returnUrl, null, StatusCodes.Status200OK);

    public static async Task<IResult> Submit(HttpContext http, [FromForm] LoginForm form, UserDirectory users, ILoggerFactory logs)
    {
        var log = logs.CreateLogger("Analytics.Dashboards.Web.Login");
        var name = form.Name ?? "";
        var user = users.Authenticate(name, form.Password ?? "");
        if (user is null)
        {
            if (log.IsEnabled(LogLevel.Warning))
                log.LogWarning("Failed dashboard login for {Name} from {Address}", name, http.Connection.RemoteIpAddress);
            return Form(form.ReturnUrl, "Tên đăng nhập hoặc mật khẩu không đúng.", StatusCodes.Status401Unauthorized);
        }
        var scheme = CookieAuthenticationDefaults.AuthenticationScheme;
        await http.SignInAsync(scheme, Viewer.Principal(user, scheme));
        if (log.IsEnabled(LogLevel.Information)) log.LogInformation("Dashboard login: {Name} ({Role})", user.Name, user.Role);
        // The framework's local-URL check: never "//host", "/\host", an absolute URL, or a path with a control
        // character that a browser drops ("/\t/host" would be "//host").
        return Results.Redirect(RedirectHttpResult.IsLocalUrl(form.ReturnUrl) ? form.ReturnUrl! : "/");
    }

    public static async Task<IResult> Logout(HttpContext http)
    {
        await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return Results.Redirect("/login");
    }

    private static RazorComponentResult<LoginPage> Form(string? returnUrl, string? error, int status) =>
        new RazorComponentResult<LoginPage>(new { ReturnUrl = RedirectHttpResult.IsLocalUrl(returnUrl) ? returnUrl! : "/", Error = error })
        {
            StatusCode = status,
        };
}

/// <summary>The login form's fields (each may be missing from a post).</summary>
internal sealed record LoginForm
{
    public string? Name { get; init; }
    public string? Password { get; init; }
    public string? ReturnUrl { get; init; }
}
