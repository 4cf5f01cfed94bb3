using System.Text.Encodings.Web;
using System.Text.Unicode;
using Analytics.Dashboards.Web.Auth;
using Analytics.Dashboards.Web.Data;
using Analytics.Dashboards.Web.Endpoints;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Analytics.Dashboards.Web;

/// <summary>The web dashboard as two calls on an ASP.NET Core host: <see cref="AddDashboard"/> registers
/// the Razor components (static server rendering only), cookie authentication (the default scheme; the
/// principal carries <c>ClaimTypes.Role</c> "admin", "analyst" or "area"), antiforgery and the warehouse
/// connections; <see cref="UseDashboard"/> adds the friendly error pages, the security headers,
/// authentication, authorization, antiforgery, the pages (Pages/*.razor) and the endpoints (Endpoints/).</summary>
public static class DashboardSetup
{
    /// <summary>Registers the dashboard's services. Call once, before <c>Build()</c>.</summary>
    public static WebApplicationBuilder AddDashboard(this WebApplicationBuilder builder, DashboardOptions options)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);
        foreach (var user in options.Users) user.Validate();
        // Pages query DuckDB synchronously (its .NET client has no asynchronous I/O): with the default
        // minimum of one pool thread per core, 20 concurrent requests would wait for the pool to grow.
        ThreadPool.GetMinThreads(out var workers, out var io);
        ThreadPool.SetMinThreads(Math.Max(workers, 64), io);
        var services = builder.Services;
        services.AddSingleton(options);
        services.AddSingleton(_ => new WarehousePool(options.WarehousePath));
        services.AddSingleton<ReadModel>();
        services.AddSingleton<UserDirectory>();
        services.AddSingleton<PageCache>();
        services.AddHttpContextAccessor();
        services.AddScoped<PageData>();
        // Pages are rendered on the server and sent as plain HTML: no interactive render mode, no script.
        services.AddRazorComponents();
        // Vietnamese letters stay literal in the UTF-8 pages; markup characters are still escaped.
        services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(CookieAuthenticationDefaults.AuthenticationScheme, cookie =>
            {
                cookie.Cookie.Name = "analytics.auth";
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Strict;
                cookie.Cookie.SecurePolicy = options.SecureCookies ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
                cookie.LoginPath = "/login";
                cookie.LogoutPath = "/logout";
                cookie.AccessDeniedPath = "/denied";
                cookie.ExpireTimeSpan = options.SessionLifetime;
                cookie.SlidingExpiration = true;
                cookie.Events = new CookieAuthenticationEvents { OnValidatePrincipal = SessionCheck.Validate };
            });
        services.AddAuthorization();
        services.AddLoginRateLimit(options.Sessions);
        services.AddAntiforgery(a =>
        {
            a.Cookie.Name = "analytics.af";
            a.Cookie.SameSite = SameSiteMode.Strict;
            a.Cookie.SecurePolicy = options.SecureCookies ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
            a.FormFieldName = "__af";
            a.SuppressXFrameOptionsHeader = true; // SecurityHeaders sends it on every response
        });
        return builder;
    }

    /// <summary>Adds the middleware (errors, headers, authentication, authorization, antiforgery) and the
    /// pages and endpoints. Call before mapping Hangfire's /jobs so its filter sees the logged-in user.</summary>
    public static WebApplication UseDashboard(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var options = app.Services.GetRequiredService<DashboardOptions>();
        // First, so that the client's address (rate limits, logs) and scheme (secure cookies) are the
        // ones a trusted proxy reports.
        app.UseForwardedHeaders(TrustedProxies.Headers(options.Sessions));
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandler = ErrorPages.Unhandled,
            AllowStatusCode404Response = true,
            CreateScopeForErrors = true,   // the failed request's scoped renderer is not reused for the error page
        });
        app.Use(SecurityHeaders.Middleware(options));
        app.UseStatusCodePages(ErrorPages.StatusCode);
        app.Use(HttpsOnly.Middleware(options));
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.Use(ErrorPages.RefuseForgedForms);
        app.UseRateLimiter();   // after the antiforgery check: it has read the login form the limiter keys on
        app.Services.GetRequiredService<ReadModel>().Warm();

        // Every dashboard endpoint is refused over plain HTTP when the cookies are secure (HttpsOnly).
        var site = app.MapGroup("").WithMetadata(HttpsOnly.Metadata);
        site.MapGet("/static/site.css", Assets.Css).AllowAnonymous();
        site.MapGet("/login", LoginEndpoints.Show).AllowAnonymous();
        site.MapGet("/denied", () => ErrorPages.Page(StatusCodes.Status403Forbidden)).AllowAnonymous();
        // Every form posts to this group: the framework validates the antiforgery token of each (and the
        // middleware above answers a refused one), so a new form cannot forget it.
        var forms = site.MapGroup("").WithMetadata(new RequireAntiforgeryTokenAttribute());
        forms.MapPost("/login", LoginEndpoints.Submit).AllowAnonymous();
        forms.MapPost("/logout", new Func<HttpContext, Task<IResult>>(LoginEndpoints.Logout)).RequireAuthorization();
        forms.MapPost("/findings/{id}/review", ReviewEndpoint.Post).RequireAuthorization();

        site.MapGet("/charts/{id}.svg", ChartEndpoint.Svg).RequireAuthorization();
        site.MapGet("/briefings/{quarter}/{file}", BriefingDownload.Get).RequireAuthorization();
        // The pages (Pages/*.razor), each behind the login; a POST to a page is antiforgery-checked too.
        app.MapRazorComponents<App>().RequireAuthorization().WithMetadata(HttpsOnly.Metadata);
        return app;
    }
}
