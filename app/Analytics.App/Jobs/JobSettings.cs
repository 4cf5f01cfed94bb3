using System.ComponentModel.DataAnnotations;

namespace Analytics.App.Jobs;

/// <summary>The background jobs (configuration section "Jobs"). Immutable; change with <c>with</c>.
/// Relative paths are taken from the working directory, like the warehouse file.</summary>
internal sealed record JobSettings
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Jobs";

    /// <summary>Job storage: "sqlite" (a file, history survives restarts; one server) or "postgres"
    /// (several servers share it). Default "sqlite".</summary>
    [AllowedValues("sqlite", "postgres", ErrorMessage = "sqlite or postgres is allowed")]
    public string Storage { get; init; } = "sqlite";

    /// <summary>The SQLite job storage file. Default: jobs.db beside the warehouse (data/jobs.db).</summary>
    public string? Path { get; init; }

    /// <summary>Environment variable holding the PostgreSQL connection string (never put it in the
    /// file). Default ANALYTICS_JOBS_POSTGRES.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "the name of an environment variable is required")]
    public string ConnectionStringVariable { get; init; } = "ANALYTICS_JOBS_POSTGRES";

    /// <summary>PostgreSQL schema of the job storage. Default "hangfire".</summary>
    [RegularExpression("^[a-z_][a-z0-9_]{0,62}$", ErrorMessage = "a PostgreSQL schema name of lower-case letters, digits and _ is allowed")]
    public string Schema { get; init; } = "hangfire";

    /// <summary>Where fetches land what they extract before it is loaded. Default: landing/ beside the
    /// warehouse. Servers that share PostgreSQL job storage must share this folder too.</summary>
    public string? Landing { get; init; }

    /// <summary>Workers of the default queue (extraction); 0 leaves extraction to other servers.
    /// The warehouse queue always has exactly one. Default 2.</summary>
    [Range(0, 64, ErrorMessage = "0 to 64 workers are allowed")]
    public int Workers { get; init; } = 2;

    /// <summary>PostgreSQL storage: how long a job fetched by a server that has died (kill -9, power
    /// loss) stays invisible before another server takes it again. The timeout slides (Hangfire.PostgreSql's
    /// UseSlidingInvisibilityTimeout: a live worker renews it every fifth of it), so a long job is never
    /// taken twice; this is only the dead-server detection delay. SQLite storage (one server) ignores it.
    /// Default 5 minutes.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "12:00:00", ErrorMessage = "5 seconds to 12 hours is allowed")]
    public TimeSpan InvisibilityTimeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Cron expression of the freshness job (R11 from deliveries). Default daily at 06:30.</summary>
    public string FreshnessSchedule { get; init; } = "30 6 * * *";

    /// <summary>Cron expression of the quarterly briefing job, which writes the pack of the quarter
    /// just ended. Default 07:00 on the first day of each quarter.</summary>
    public string BriefingSchedule { get; init; } = "0 7 1 1,4,7,10 *";

    /// <summary>Days a landed fetch (raw deliveries as pulled, with names and source ids) is kept; the
    /// landing purge deletes older ones once the warehouse holds them, never one not loaded. Default 90.</summary>
    public int LandingRetentionDays { get; init; } = 90;

    /// <summary>Cron expression of the landing purge. Default daily at 03:30.</summary>
    public string LandingPurgeSchedule { get; init; } = "30 3 * * *";

    /// <summary>Time zone of the cron expressions (an IANA or Windows id). Default: the server's.</summary>
    public string? TimeZone { get; init; }

    /// <summary>The landing folder for a warehouse file.</summary>
    public string LandingFor(string warehousePath) =>
        System.IO.Path.GetFullPath(
            Landing ?? System.IO.Path.Combine(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(warehousePath))!, "landing"));

    /// <summary>The SQLite job storage file for a warehouse file.</summary>
    public string SqlitePathFor(string warehousePath) =>
        System.IO.Path.GetFullPath(
            Path ?? System.IO.Path.Combine(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(warehousePath))!, "jobs.db"));
}
