using System.ComponentModel.DataAnnotations;

namespace Analytics.App.Serve;

/// <summary>How `analytics serve` faces its operators (section "Serve"). Immutable; change with <c>with</c>.</summary>
internal sealed record ServeSettings
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Serve";

    /// <summary>Where the dashboard listens, ";"-separated http URLs (<c>--urls</c> overrides). Default
    /// http://127.0.0.1:5080: this machine only; put a TLS reverse proxy in front to serve others.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "one or more http://HOST:PORT addresses are required")]
    public string Urls { get; init; } = "http://127.0.0.1:5080";

    /// <summary>The environment variable holding the bearer token a Prometheus scraper presents on
    /// /metrics (administrators logged in on the dashboard need none). Default ANALYTICS_METRICS_TOKEN;
    /// unset or empty: /metrics for administrators only.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "the name of an environment variable is required")]
    public string MetricsTokenVariable { get; init; } = "ANALYTICS_METRICS_TOKEN";

    /// <summary>/healthz reports Degraded (still 200) when the last loaded batch is older than this;
    /// 0 turns the rule off. Default 0 (deliveries are seasonal: a quiet summer is not a fault).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "366.00:00:00", ErrorMessage = "0 to 366 days is allowed")]
    public TimeSpan StaleBatchAfter { get; init; } = TimeSpan.Zero;
}
