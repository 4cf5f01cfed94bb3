namespace Analytics.Etl.Sources;

/// <summary>One configured subordinate system ("Sources" in appsettings.json), bound by
/// Microsoft.Extensions.Configuration; immutable, changed with <c>with</c>. Secrets never live here:
/// <see cref="ApiKeyVariable"/> and <see cref="ConnectionStringVariable"/> name the environment
/// variables that hold them. <see cref="SourceCatalog.Validate"/> checks every field.</summary>
public sealed record SourceSettings
{
    /// <summary>Unique name; becomes etl_batch.source of everything this source delivers.</summary>
    public string Name { get; init; } = "";

    /// <summary>"drop" (watched folder of CSV folders, .zip, .xlsx), "http" (JSON API), "sqlite" or "postgres".</summary>
    public string Kind { get; init; } = "";

    /// <summary>The drop folder (kind drop) or the SQLite database file (kind sqlite).</summary>
    public string? Path { get; init; }

    /// <summary>Base URL of the JSON API (kind http); <see cref="Queries"/> give the path per record kind.</summary>
    public string? Url { get; init; }

    /// <summary>Header that carries the API key (e.g. "X-Api-Key"); kind http.</summary>
    public string? ApiKeyHeader { get; init; }

    /// <summary>Environment variable holding the API key; kind http.</summary>
    public string? ApiKeyVariable { get; init; }

    /// <summary>Connection string without secrets (kind postgres; for sqlite <see cref="Path"/> is enough).</summary>
    public string? ConnectionString { get; init; }

    /// <summary>Environment variable holding the whole connection string (wins over <see cref="ConnectionString"/>).</summary>
    public string? ConnectionStringVariable { get; init; }

    /// <summary>Record kind file name (units, people, positions, ratings, summaries, residence) → SQL
    /// query (sqlite, postgres) or URL path relative to <see cref="Url"/> (http).</summary>
    public Dictionary<string, string> Queries { get; init; } = [];

    /// <summary>Column (sql) or item field (http, sent as the <c>since</c> parameter) that orders the
    /// source's changes; pulls after the first fetch only rows above the stored watermark.</summary>
    public string? WatermarkColumn { get; init; }

    /// <summary>Cron expression of the recurring pull (five fields). Default hourly.</summary>
    public string Schedule { get; init; } = "0 * * * *";

    /// <summary>Days after which a source that delivered nothing is stale (R11 / freshness job); 0 = no limit.</summary>
    public double FreshnessDays { get; init; }

    /// <summary>Reporting units (unit codes) expected to deliver through this source.</summary>
    public string[] ExpectedUnits { get; init; } = [];

    /// <summary>Timeout of one request or query, seconds. Default 30.</summary>
    public int TimeoutSeconds { get; init; } = 30;

    /// <summary>Retries after a transient failure (HTTP 5xx/429, timeouts), with backoff. Default 3.</summary>
    public int Retries { get; init; } = 3;

    /// <summary>Drop folder: seconds an item must stay unchanged (size and modification time) before it
    /// is taken, so a file still being copied in is left for the next pull. Default 60.</summary>
    public int SettleSeconds { get; init; } = 60;

    /// <summary>Drop folder: how the source's workbooks are laid out, when not as the table finder finds
    /// them unaided (docs/workbooks.md "Mappings").</summary>
    public IReadOnlyList<WorkbookMapping> Workbooks { get; init; } = [];

    /// <summary>HTTP: the largest response body accepted, in MiB. Default 64.</summary>
    public int MaxResponseMiB { get; init; } = 64;

    /// <summary>HTTP: the most pages read for one record kind in one pull. Default 10,000.</summary>
    public int MaxPages { get; init; } = 10_000;

    /// <summary>SQL and HTTP with a <see cref="WatermarkColumn"/>: how far below the stored watermark the
    /// next pull starts again, so rows committed late with an older value are not lost: a duration
    /// ("00:15:00") for a date or time watermark, a number ("100") for a numeric one. Rows read twice are
    /// recognised by their record id and content. Default none: strictly above the watermark.</summary>
    public string? WatermarkOverlap { get; init; }
}
