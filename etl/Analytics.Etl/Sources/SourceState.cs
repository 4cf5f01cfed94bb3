using Analytics.Warehouse.Store;

namespace Analytics.Etl.Sources;

/// <summary>Per-source state in the warehouse (migration 009): the watermark of the last committed
/// pull and when the source last answered, for the freshness job and the sources page.</summary>
internal static class SourceState
{
    private const string WatermarkSql = "SELECT watermark FROM source_state WHERE source = $1";

    private const string AdvanceSql = """
        INSERT INTO source_state (source, watermark, updated_at) VALUES ($1, $2, now())
        ON CONFLICT (source) DO UPDATE SET watermark = excluded.watermark, updated_at = excluded.updated_at
        """;

    private const string RecordSql = """
        INSERT INTO source_state (source, last_pull_at, last_success_at, last_error)
        VALUES ($1, now(), CASE WHEN $2 THEN now() END, $3)
        ON CONFLICT (source) DO UPDATE SET
            last_pull_at    = excluded.last_pull_at,
            last_success_at = coalesce(excluded.last_success_at, source_state.last_success_at),
            last_error      = excluded.last_error
        """;

    public static string? Watermark(WarehouseStore store, string source) =>
        store.Rows(WatermarkSql, r => r.IsDBNull(0) ? null : r.GetString(0), source).FirstOrDefault();

    /// <summary>Moves the watermark, never backwards (a pull that started an overlap below it may see a
    /// lower maximum when rows above were deleted); called inside the batch's transaction, so it moves
    /// only if the batch commits.</summary>
    public static void Advance(WarehouseStore store, string source, string watermark) =>
        store.Execute(AdvanceSql, source, WatermarkOrder.Max(Watermark(store, source), watermark));

    /// <summary>Records a pull's outcome: when it ran, whether it succeeded, and its errors.</summary>
    public static void Record(WarehouseStore store, string source, bool success, string? error) =>
        store.Execute(RecordSql, source, success, error);
}
