using Analytics.Dashboards.Web.Auth;
using Analytics.Dashboards.Web.Data;
using Analytics.Dashboards.Web.Pages;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Analytics.Dashboards.Web;

/// <summary>The web dashboard as two calls on an ASP.NET Core host: <see cref="AddDashboard"/> registers
/// cookie authentication (the default scheme; the principal carries <c>ClaimTypes.Role</c> "admin",
/// "analyst" or "area"), antiforgery and the warehouse connections; <see cref="UseDashboard"/> adds the
/// friendly error pages, the security headers, authentication/authorization and the pages.</summary>
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
            });
        services.AddAuthorization();
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

    /// <summary>Adds the middleware (errors, headers, authentication, authorization) and the pages.
    /// Call before mapping Hangfire's /jobs so its filter sees the logged-in user.</summary>
    public static WebApplication UseDashboard(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var options = app.Services.GetRequiredService<DashboardOptions>();
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = ErrorPages.Unhandled, AllowStatusCode404Response = true });
        app.Use(SecurityHeaders.Middleware(options));
        app.UseStatusCodePages(ErrorPages.StatusCode);
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.Services.GetRequiredService<ReadModel>().Warm();

        app.MapGet("/static/site.css", Assets.Css).AllowAnonymous();
        app.MapGet("/login", LoginPage.Show).AllowAnonymous();
        app.MapPost("/login", new Func<HttpContext, Task<IResult>>(LoginPage.Submit)).AllowAnonymous().DisableAntiforgery();
        app.MapGet("/denied", ErrorPages.Denied).AllowAnonymous();

        var pages = app.MapGroup("").RequireAuthorization().DisableAntiforgery();
        pages.MapPost("/logout", new Func<HttpContext, Task<IResult>>(LoginPage.Logout));
        pages.MapGet("/", OverviewPage.Show);
        pages.MapGet("/trends", TrendsPage.Show);
        pages.MapGet("/charts/{id}.svg", ChartEndpoint.Svg);
        pages.MapGet("/findings", FindingsPage.Show);
        pages.MapGet("/findings/{id}", FindingPage.Show);
        pages.MapPost("/findings/{id}/review", FindingPage.Review);
        pages.MapGet("/units/{code}", UnitPage.Show);
        pages.MapGet("/sources", SourcesPage.Show);
        pages.MapGet("/briefings", BriefingsPage.Show);
        pages.MapGet("/briefings/{quarter}/{file}", BriefingsPage.Download);
        return app;
    }
}
