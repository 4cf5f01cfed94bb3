using Analytics.Dashboards.Web.Auth;
using Analytics.Dashboards.Web.Html;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Analytics.Dashboards.Web.Pages;

/// <summary>Log in with a name and password (cookie authentication), and log out.</summary>
internal static class LoginPage
{
    public static IResult Show(HttpContext http) => Form(http, http.Request.Query["returnUrl"].ToString(), null, StatusCodes.Status200OK);

    public static async Task<IResult> Submit(HttpContext http)
    {
        if (!await Valid(http)) return ErrorPages.BadRequest(http, "Biểu mẫu đã hết hạn; xin tải lại trang đăng nhập.");
        var form = await http.Request.ReadFormAsync();
        var name = form["name"].ToString();
        var returnUrl = form["returnUrl"].ToString();
        var user = http.RequestServices.GetRequiredService<UserDirectory>().Authenticate(name, form["password"].ToString());
        var log = http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Analytics.Dashboards.Web.Login");
        if (user is null)
        {
            var address = http.Connection.RemoteIpAddress;
            if (log.IsEnabled(LogLevel.Warning)) log.LogWarning("Failed dashboard login for {Name} from {Address}", name, address);
            return Form(http, returnUrl, "Tên đăng nhập hoặc mật khẩu không đúng.", StatusCodes.Status401Unauthorized);
        }
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, Viewer.Principal(user, CookieAuthenticationDefaults.AuthenticationScheme));
        if (log.IsEnabled(LogLevel.Information)) log.LogInformation("Dashboard login: {Name} ({Role})", user.Name, user.Role);
        return Results.Redirect(IsLocal(returnUrl) ? returnUrl : "/");
    }

    public static async Task<IResult> Logout(HttpContext http)
    {
        if (!await Valid(http)) return ErrorPages.BadRequest(http, "Biểu mẫu đã hết hạn; xin tải lại trang.");
        await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return Results.Redirect("/login");
    }

    /// <summary>Only a path on this site: never "//host" or "/\host" (open redirect).</summary>
    public static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\')) && !url.Contains("://", StringComparison.Ordinal);

    internal static async Task<bool> Valid(HttpContext http)
    {
        try
        {
            await http.RequestServices.GetRequiredService<IAntiforgery>().ValidateRequestAsync(http);
            return true;
        }
        catch (AntiforgeryValidationException)
        {
            return false;
        }
    }

    private static IResult Form(HttpContext http, string? returnUrl, string? error, int status)
    {
        return Layout.Render(http, "Đăng nhập", "", w =>
        {
            using (w.Tag("div", ("class", "login")))
            {
                w.El("h1", "Đăng nhập");
                w.El("p", "Kho dữ liệu xếp loại chất lượng — Ban Tổ chức Tỉnh ủy", ("class", "note"));
                if (error is not null) w.El("p", error, ("class", "error"), ("id", "login-error"), ("role", "alert"));
                using (w.Tag("form", ("method", "post"), ("action", "/login")))
                {
                    Layout.AntiforgeryField(w, http);
                    w.Void("input", ("type", "hidden"), ("name", "returnUrl"), ("value", IsLocal(returnUrl) ? returnUrl : "/"));
                    using (w.Tag("label"))
                    {
                        w.Text("Tên đăng nhập");
                        w.Void("input", ("name", "name"), ("id", "name"), ("autocomplete", "username"), ("required", true), ("autofocus", true));
                    }
                    using (w.Tag("label"))
                    {
                        w.Text("Mật khẩu");
                        w.Void("input", ("name", "password"), ("id", "password"), ("type", "password"), ("autocomplete", "current-password"), ("required", true));
                    }
                    w.El("button", "Đăng nhập", ("type", "submit"), ("id", "login"));
                }
            }
        }, status);
    }
}
