using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Analytics.Dashboards.Web.Endpoints;

/// <summary>With secure cookies (the default) the dashboard's cookies are never sent over plain HTTP and
/// the framework refuses to issue an antiforgery token there; rather than fail, a dashboard endpoint
/// reached over plain HTTP answers one clear sentence, and the log tells the operator which settings
/// decide it. Endpoints carry this as metadata; the components hosted behind the dashboard's login
/// (<see cref="DashboardOptions.CspExemptPaths"/>: Hangfire's /jobs, which issues antiforgery tokens of its
/// own) are covered by path; the rest (health, metrics) is left alone.</summary>
internal sealed class HttpsOnly
{
    public static readonly HttpsOnly Metadata = new();

    private HttpsOnly()
    {
    }

    /// <summary>Middleware after routing and the forwarded headers (a trusted proxy's HTTPS counts).</summary>
    public static Func<HttpContext, RequestDelegate, Task> Middleware(DashboardOptions options) => (http, next) =>
    {
        if (!options.SecureCookies || http.Request.IsHttps
            || (http.GetEndpoint()?.Metadata.GetMetadata<HttpsOnly>() is null
                && !options.CspExemptPaths.Any(p => http.Request.Path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase))))
            return next(http);
        var log = http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Analytics.Dashboards.Web");
        if (log.IsEnabled(LogLevel.Warning))
            log.LogWarning("Plain-HTTP request for {Path} from {Address} refused: serve the dashboard behind a TLS proxy listed in " +
                "Dashboard:Sessions:TrustedProxies, or set Dashboard:SecureCookies to false for plain-HTTP use on loopback",
                http.Request.Path.Value, http.Connection.RemoteIpAddress);
        return ErrorPages.Page(StatusCodes.Status400BadRequest,
            "Bảng điều khiển chỉ mở qua kết nối bảo mật (https://). Xin dùng địa chỉ https do quản trị viên cung cấp.").ExecuteAsync(http);
    };
}
