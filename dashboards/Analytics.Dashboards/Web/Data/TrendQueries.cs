using Analytics.Dashboards.Web.Auth;
using Analytics.Warehouse.Store;

namespace Analytics.Dashboards.Web.Data;

/// <summary>The trends page's table: final levels per year and self vs final per year, narrowed by the
/// filters and always by the viewer's areas ($1).</summary>
internal static class TrendQueries
{
    private const string Where = """
        period_kind = 'year' AND ($1::VARCHAR[] IS NULL OR list_contains($1::VARCHAR[], area_code))
          AND ($2::INTEGER IS NULL OR period_year >= $2) AND ($3::INTEGER IS NULL OR period_year <= $3)
          AND ($4::VARCHAR IS NULL OR area_code = $4) AND ($5::VARCHAR IS NULL OR unit_kind = $5) AND role = $6
        """;

    private const string LevelsSql = $$"""
        SELECT period_year, level, CAST(sum(n) AS BIGINT) FROM {levels} WHERE channel = 'final' AND {{Where}} GROUP BY ALL ORDER BY ALL
        """;

    private const string SelfFinalSql = $$"""
        SELECT period_year, CAST(sum(n) FILTER (WHERE self_level > final_level) AS BIGINT),
               CAST(sum(n) FILTER (WHERE self_level IS NOT NULL AND final_level IS NOT NULL) AS BIGINT)
        FROM {self_final} WHERE {{Where}} GROUP BY ALL ORDER BY ALL
        """;

    private const string AreasSql = """
        SELECT DISTINCT area_code FROM {units}
        WHERE area_code IS NOT NULL AND ($1::VARCHAR[] IS NULL OR list_contains($1::VARCHAR[], area_code)) ORDER BY 1
        """;

    private const string YearsSql = "SELECT DISTINCT period_year FROM {levels} WHERE period_kind = 'year' ORDER BY 1";

    public static IReadOnlyList<(int Year, int? Level, long Count)> Levels(
        WarehouseStore store, ReadTables t, Viewer viewer, TrendRequest f) =>
        store.Rows(t.Sql(LevelsSql),
            r => (Convert.ToInt32(r.GetValue(0)), r.IsDBNull(1) ? (int?)null : Convert.ToInt32(r.GetValue(1)),
                Convert.ToInt64(r.GetValue(2))),
            viewer.ScopeParameter, f.From, f.To, f.Area, f.Kind, f.Role).ToList();

    public static IReadOnlyList<(int Year, long Above, long Paired)> SelfFinal(
        WarehouseStore store, ReadTables t, Viewer viewer, TrendRequest f) =>
        store.Rows(t.Sql(SelfFinalSql), r => (Convert.ToInt32(r.GetValue(0)),
                r.IsDBNull(1) ? 0 : Convert.ToInt64(r.GetValue(1)), r.IsDBNull(2) ? 0 : Convert.ToInt64(r.GetValue(2))),
            viewer.ScopeParameter, f.From, f.To, f.Area, f.Kind, f.Role).ToList();

    public static IReadOnlyList<string> Areas(WarehouseStore store, ReadTables t, Viewer viewer) =>
        store.Rows(t.Sql(AreasSql), r => r.GetString(0), [viewer.ScopeParameter]).ToList();

    public static IReadOnlyList<int> Years(WarehouseStore store, ReadTables t) =>
        store.Rows(t.Sql(YearsSql), r => Convert.ToInt32(r.GetValue(0))).ToList();
}

/// <summary>The trends filters: year range, area, unit kind (of the unit of review) and rating role.</summary>
internal sealed record TrendRequest(int? From, int? To, string? Area, string? Kind, string Role);
