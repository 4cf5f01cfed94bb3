using Analytics.Warehouse.Store;

namespace Analytics.Etl.Sources;

/// <summary>Per-source state in the warehouse (migration 009): the watermark of the last committed
/// pull and when the source last answered, for the freshness job and the sources page.</summary>
internal static class SourceState
{
    private const string WatermarkSql = "SELECT watermark FROM source_state WHERE source = $1";

    private const string RecordSql = """
        INSERT INTO source_state (source, watermark, updated_at, last_pull_at, last_success_at, last_error)
        VALUES ($1, $2, CASE WHEN $2 IS NULL THEN NULL ELSE now() END, now(), CASE WHEN $3 THEN now() END, $4)
        ON CONFLICT (source) DO UPDATE SET
            watermark       = coalesce(excluded.watermark, source_state.watermark),
            updated_at      = coalesce(excluded.updated_at, source_state.updated_at),
            last_pull_at    = excluded.last_pull_at,
            last_success_at = coalesce(excluded.last_success_at, source_state.last_success_at),
            last_error      = excluded.last_error
        """;

    public static string? Watermark(WarehouseStore store, string source) =>
        store.Rows(WatermarkSql, r => r.IsDBNull(0) ? null : r.GetString(0), source).FirstOrDefault();

    /// <summary>Records a pull: a new watermark (null keeps the stored one), success, and its errors.</summary>
    public static void Record(WarehouseStore store, string source, string? watermark, bool success, string? error) =>
        store.Execute(RecordSql, source, watermark, success, error);
}
