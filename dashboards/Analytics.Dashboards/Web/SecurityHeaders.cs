using Microsoft.AspNetCore.Http;

namespace Analytics.Dashboards.Web;

/// <summary>Headers on every response: a Content-Security-Policy that allows only the dashboard's own
/// stylesheet and images (no script at all, no framing), no MIME sniffing, no framing for old
/// browsers either, and no referrer sent elsewhere.</summary>
internal static class SecurityHeaders
{
    public const string Policy =
        "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    public static Func<HttpContext, RequestDelegate, Task> Middleware(DashboardOptions options) => (context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers["X-Content-Type-Options"] = "nosniff";
            headers["X-Frame-Options"] = "DENY";
            headers["Referrer-Policy"] = "same-origin";
            if (!options.CspExemptPaths.Any(p => context.Request.Path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase)))
                headers["Content-Security-Policy"] = Policy;
            return Task.CompletedTask;
        });
        return next(context);
    };
}
