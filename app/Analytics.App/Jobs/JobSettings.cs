namespace Analytics.App.Jobs;

/// <summary>The background jobs (configuration section "Jobs"). Immutable; change with <c>with</c>.
/// Relative paths are taken from the working directory, like the warehouse file.</summary>
internal sealed record JobSettings
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Jobs";

    /// <summary>Job storage: "sqlite" (a file, history survives restarts; one server) or "postgres"
    /// (several servers share it). Default "sqlite".</summary>
    public string Storage { get; init; } = "sqlite";

    /// <summary>The SQLite job storage file. Default: jobs.db beside the warehouse (data/jobs.db).</summary>
    public string? Path { get; init; }

    /// <summary>Environment variable holding the PostgreSQL connection string (never put it in the
    /// file). Default ANALYTICS_JOBS_POSTGRES.</summary>
    public string ConnectionStringVariable { get; init; } = "ANALYTICS_JOBS_POSTGRES";

    /// <summary>PostgreSQL schema of the job storage. Default "hangfire".</summary>
    public string Schema { get; init; } = "hangfire";

    /// <summary>Where fetches land what they extract before it is loaded. Default: landing/ beside the
    /// warehouse. Servers that share PostgreSQL job storage must share this folder too.</summary>
    public string? Landing { get; init; }

    /// <summary>Workers of the default queue (extraction); 0 leaves extraction to other servers.
    /// The warehouse queue always has exactly one. Default 2.</summary>
    public int Workers { get; init; } = 2;

    /// <summary>Cron expression of the freshness job (R11 from deliveries). Default daily at 06:30.</summary>
    public string FreshnessSchedule { get; init; } = "30 6 * * *";

    /// <summary>Cron expression of the quarterly briefing job, which writes the pack of the quarter
    /// just ended. Default 07:00 on the first day of each quarter.</summary>
    public string BriefingSchedule { get; init; } = "0 7 1 1,4,7,10 *";

    /// <summary>Time zone of the cron expressions (an IANA or Windows id). Default: the server's.</summary>
    public string? TimeZone { get; init; }

    /// <summary>The landing folder for a warehouse file.</summary>
    public string LandingFor(string warehousePath) =>
        System.IO.Path.GetFullPath(Landing ?? System.IO.Path.Combine(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(warehousePath))!, "landing"));

    /// <summary>The SQLite job storage file for a warehouse file.</summary>
    public string SqlitePathFor(string warehousePath) =>
        System.IO.Path.GetFullPath(Path ?? System.IO.Path.Combine(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(warehousePath))!, "jobs.db"));
}
