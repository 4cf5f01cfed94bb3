using System.ComponentModel.DataAnnotations;

namespace Analytics.App.Configuration;

/// <summary>Where the warehouse lives (section "Warehouse"). Every verb and every part of `serve`
/// (jobs, dashboard, briefings, landing, job storage, logs) uses this one file; <c>--warehouse</c> and
/// the ANALYTICS_WAREHOUSE environment variable override it, in that order.</summary>
internal sealed record WarehouseSettings
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Warehouse";

    /// <summary>Overrides <see cref="Path"/> (but not <c>--warehouse</c>).</summary>
    public const string PathVariable = "ANALYTICS_WAREHOUSE";

    /// <summary>The DuckDB file; relative to the working directory. Default data/warehouse.duckdb.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "a file path is required")]
    public string Path { get; init; } = Analytics.Warehouse.Store.WarehouseStore.DefaultPath;
}
