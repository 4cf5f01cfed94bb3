namespace Analytics.Etl.Sources;

/// <summary>One configured subordinate system ("Sources" in appsettings.json), bound by
/// Microsoft.Extensions.Configuration. Secrets never live here: <see cref="ApiKeyVariable"/> and
/// <see cref="ConnectionStringVariable"/> name the environment variables that hold them.</summary>
public sealed class SourceSettings
{
    /// <summary>Unique name; becomes etl_batch.source of everything this source delivers.</summary>
    public string Name { get; set; } = "";

    /// <summary>"drop" (watched folder of CSV folders, .zip, .xlsx), "http" (JSON API), "sqlite" or "postgres".</summary>
    public string Kind { get; set; } = "";

    /// <summary>The drop folder (kind drop) or the SQLite database file (kind sqlite).</summary>
    public string? Path { get; set; }

    /// <summary>Base URL of the JSON API (kind http); <see cref="Queries"/> give the path per record kind.</summary>
    public string? Url { get; set; }

    /// <summary>Header that carries the API key (e.g. "X-Api-Key"); kind http.</summary>
    public string? ApiKeyHeader { get; set; }

    /// <summary>Environment variable holding the API key; kind http.</summary>
    public string? ApiKeyVariable { get; set; }

    /// <summary>Connection string without secrets (kind postgres; for sqlite <see cref="Path"/> is enough).</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Environment variable holding the whole connection string (wins over <see cref="ConnectionString"/>).</summary>
    public string? ConnectionStringVariable { get; set; }

    /// <summary>Record kind file name (units, people, positions, ratings, summaries, residence) → SQL
    /// query (sqlite, postgres) or URL path relative to <see cref="Url"/> (http).</summary>
    public Dictionary<string, string> Queries { get; set; } = [];

    /// <summary>Column (sql) or item field (http, sent as the <c>since</c> parameter) that orders the
    /// source's changes; pulls after the first fetch only rows above the stored watermark.</summary>
    public string? WatermarkColumn { get; set; }

    /// <summary>Cron expression of the recurring pull (five fields). Default hourly.</summary>
    public string Schedule { get; set; } = "0 * * * *";

    /// <summary>Days after which a source that delivered nothing is stale (R11 / freshness job); 0 = no limit.</summary>
    public double FreshnessDays { get; set; }

    /// <summary>Reporting units (unit codes) expected to deliver through this source.</summary>
    public string[] ExpectedUnits { get; set; } = [];

    /// <summary>Timeout of one request or query, seconds. Default 30.</summary>
    public int TimeoutSeconds { get; set; } = 30;

    /// <summary>Retries after a transient failure (HTTP 5xx/429, timeouts), with backoff. Default 3.</summary>
    public int Retries { get; set; } = 3;
}
