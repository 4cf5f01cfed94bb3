using System.Globalization;
using System.Threading.RateLimiting;
using Analytics.Dashboards.Web.Endpoints;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Analytics.Dashboards.Web.Auth;

/// <summary>Login attempts (POST /login) limited per user name and per client address with ASP.NET Core's
/// rate limiter: two fixed windows chained, so guessing one name's password from many addresses and many
/// names from one address are both slowed. A refused attempt gets status 429, Retry-After and a page
/// saying when to try again. The name is read from the form the antiforgery check has already read
/// (the limiter runs after it), so a forged form never counts.</summary>
internal static class LoginRateLimit
{
    /// <summary>Longer names are cut before they key a window: an attacker's names cannot grow memory.</summary>
    private const int MaxNameKey = 64;

    public static IServiceCollection AddLoginRateLimit(this IServiceCollection services, DashboardSessionOptions options) =>
        services.AddRateLimiter(limiter =>
        {
            limiter.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<HttpContext, string>(http =>
                    Window(IsLogin(http) ? "name:" + Name(http) : null, options.LoginAttemptsPerName, options.LoginWindow)),
                PartitionedRateLimiter.Create<HttpContext, string>(http =>
                    Window(IsLogin(http) ? "address:" + http.Connection.RemoteIpAddress : null, options.LoginAttemptsPerAddress,
                        options.LoginWindow)));
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = (context, _) => Refuse(context, options.LoginWindow);
        });

    private static bool IsLogin(HttpContext http) =>
        HttpMethods.IsPost(http.Request.Method) && http.Request.Path.Equals("/login", StringComparison.OrdinalIgnoreCase);

    /// <summary>The name field of the login form if the form has been read, else empty.</summary>
    private static string Name(HttpContext http)
    {
        var name = http.Features.Get<IFormFeature>()?.Form?["name"].ToString().Trim().ToLowerInvariant() ?? "";
        return name.Length > MaxNameKey ? name[..MaxNameKey] : name;
    }

    private static RateLimitPartition<string> Window(string? key, int permits, TimeSpan window) =>
        key is null
            ? RateLimitPartition.GetNoLimiter("")
            : RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = permits,
                Window = window,
                QueueLimit = 0,
                AutoReplenishment = true,
            });

    private static async ValueTask Refuse(OnRejectedContext context, TimeSpan window)
    {
        var http = context.HttpContext;
        var wait = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : window;
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var log = http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Analytics.Dashboards.Web.Login");
        if (log.IsEnabled(LogLevel.Warning))
            log.LogWarning("Login attempts refused for {Name} from {Address} for {Seconds} s", Name(http),
                http.Connection.RemoteIpAddress, seconds);
        await ErrorPages.Page(StatusCodes.Status429TooManyRequests,
            $"Đăng nhập quá nhiều lần trong thời gian ngắn. Xin thử lại sau {seconds} giây.").ExecuteAsync(http);
    }
}
