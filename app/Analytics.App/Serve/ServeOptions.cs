using Analytics.Warehouse.Store;

namespace Analytics.App.Serve;

/// <summary>How `analytics serve` runs; everything else comes from configuration ("Jobs", "Sources",
/// "Checks"). Immutable; change with <c>with</c>.</summary>
internal sealed record ServeOptions
{
    /// <summary>Where the dashboard listens (see <see cref="ServeSettings.Urls"/>).</summary>
    public string Urls { get; init; } = new ServeSettings().Urls;

    /// <summary>The warehouse file. Default data/warehouse.duckdb.</summary>
    public string Warehouse { get; init; } = WarehouseStore.DefaultPath;

    /// <summary>Serve only the default queue (extraction), without the warehouse: an extra server that
    /// shares PostgreSQL job storage (and the landing folder) with the one main server. Default false.</summary>
    public bool ExtractOnly { get; init; }

    /// <summary>How often the servers look for queued and scheduled jobs. Default 15 s.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>The clock the freshness job reads. Default the system's.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;
}
