using Analytics.Dashboards.Web.Auth;
using Analytics.Warehouse.Store;

namespace Analytics.Dashboards.Web.Data;

/// <summary>Sources: freshness per source system, the batches and the quarantine. A batch belongs to the
/// areas of the units it delivered; an area analyst sees only batches of their areas ($1).</summary>
internal static class SourceQueries
{
    private const string Scoped = """
        ($1::VARCHAR[] IS NULL OR b.batch_id IN (SELECT batch_id FROM unit_observation WHERE list_contains($1::VARCHAR[], area_code)))
        """;

    private const string WhollyInScope = """
        ($1::VARCHAR[] IS NULL OR NOT EXISTS (SELECT 1 FROM unit_observation o
            WHERE o.batch_id = e.batch_id AND (o.area_code IS NULL OR NOT list_contains($1::VARCHAR[], o.area_code))))
        """;

    private const string FreshnessSql = $"""
        SELECT b.source, count(*), count(*) FILTER (WHERE b.status = 'loaded'), count(*) FILTER (WHERE b.status = 'rejected'),
               max(b.finished_at) FILTER (WHERE b.status = 'loaded'),
               CAST(sum(b.rows_loaded) AS BIGINT), CAST(sum(b.rows_quarantined) AS BIGINT)
        FROM etl_batch b WHERE {Scoped} GROUP BY b.source ORDER BY b.source
        """;

    private const string BatchesSql = $"""
        SELECT b.batch_id, b.source, b.connector, b.submission, b.started_at, b.finished_at, b.status, b.reason,
               b.rows_read, b.rows_loaded, b.rows_unchanged, b.rows_quarantined
        FROM etl_batch b WHERE {Scoped} ORDER BY b.batch_id DESC LIMIT $2 OFFSET $3
        """;

    private const string ReasonsSql = $"""
        SELECT e.reason, count(*) FROM etl_rejected e JOIN etl_batch b USING (batch_id) WHERE {Scoped} GROUP BY ALL ORDER BY 2 DESC, 1
        """;

    // A quarantined row names no unit, so its message and raw text (which can name members of any unit
    // the batch delivered) reach an area analyst only when every unit of the batch is in their areas;
    // of a batch spanning other areas they see the row's place and reason, without the text.
    private const string RejectedSql = $"""
        SELECT e.batch_id, e.file, e.record_kind, e.line, e.column_name, e.reason,
               CASE WHEN {WhollyInScope} THEN e.message END, CASE WHEN {WhollyInScope} THEN e.raw END
        FROM etl_rejected e JOIN etl_batch b USING (batch_id) WHERE {Scoped}
        ORDER BY e.batch_id DESC, e.file, e.line LIMIT $2
        """;

    public static IReadOnlyList<SourceRow> Freshness(WarehouseStore store, Viewer viewer) =>
        store.Rows(FreshnessSql, r => new SourceRow(r.GetString(0), r.GetInt64(1), r.GetInt64(2), r.GetInt64(3),
            r.IsDBNull(4) ? null : r.GetDateTime(4), r.IsDBNull(5) ? 0 : Convert.ToInt64(r.GetValue(5)),
            r.IsDBNull(6) ? 0 : Convert.ToInt64(r.GetValue(6))), [viewer.ScopeParameter]).ToList();

    public static IReadOnlyList<BatchRow> Batches(WarehouseStore store, Viewer viewer, int limit, int offset) =>
        store.Rows(BatchesSql, r => new BatchRow(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetDateTime(4),
            r.IsDBNull(5) ? null : r.GetDateTime(5), r.GetString(6), r.IsDBNull(7) ? null : r.GetString(7), r.GetInt64(8), r.GetInt64(9),
            r.GetInt64(10), r.GetInt64(11)), viewer.ScopeParameter, limit, offset).ToList();

    public static IReadOnlyList<(string Reason, long Count)> Reasons(WarehouseStore store, Viewer viewer) =>
        store.Rows(ReasonsSql, r => (r.GetString(0), r.GetInt64(1)), [viewer.ScopeParameter]).ToList();

    public static IReadOnlyList<QuarantinedRow> Rejected(WarehouseStore store, Viewer viewer, int limit) =>
        store.Rows(RejectedSql, r => new QuarantinedRow(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetInt64(3),
            r.IsDBNull(4) ? null : r.GetString(4), r.GetString(5), r.IsDBNull(6) ? null : r.GetString(6),
            r.IsDBNull(7) ? null : r.GetString(7)), viewer.ScopeParameter, limit).ToList();
}

internal sealed record SourceRow(
    string Source, long Batches, long Loaded, long Rejected, DateTime? LastLoaded, long RowsLoaded, long RowsQuarantined);

/// <summary>A batch as the sources page and the overview list it (public: a component's parameter).</summary>
public sealed record BatchRow(long Id, string Source, string Connector, string Submission, DateTime Started, DateTime? Finished,
    string Status, string? Reason, long Read, long Loaded, long Unchanged, long Quarantined);

/// <summary>A quarantined row; <see cref="Message"/> and <see cref="Raw"/> are null when the viewer may not read them.</summary>
internal sealed record QuarantinedRow(long BatchId, string File, string Kind, long Line, string? Column, string Reason, string? Message,
    string? Raw);
