using Analytics.Dashboards.Web.Auth;
using Analytics.Warehouse.Store;

namespace Analytics.Dashboards.Web.Data;

/// <summary>A unit's page: its versions, its own ratings, its members' distribution (the unit and the
/// units under it), self vs final, findings and formalism signals. The unit itself is looked up with
/// the viewer's area codes in the WHERE clause, and so is every count under it.</summary>
internal static class UnitQueries
{
    private const string UnitSql = """
        SELECT unit_code, unit_name, unit_kind, parent_code, area_code, successor_code, valid_to FROM {units}
        WHERE unit_code = $2 AND ($1::VARCHAR[] IS NULL OR list_contains($1::VARCHAR[], area_code))
        """;

    private const string VersionsSql = """
        SELECT version, unit_name, unit_kind, parent_code, area_code, valid_from, valid_to, successor_code
        FROM unit_version WHERE unit_code = $1 ORDER BY version
        """;

    private const string Subtree = """
        WITH RECURSIVE sub(unit_code) AS (
            SELECT $2::VARCHAR
            UNION
            SELECT u.unit_code FROM {units} u JOIN sub s ON u.parent_code = s.unit_code)
        """;

    private const string ChildrenSql = """
        SELECT unit_code, unit_name, unit_kind FROM {units}
        WHERE parent_code = $2 AND ($1::VARCHAR[] IS NULL OR list_contains($1::VARCHAR[], area_code)) ORDER BY unit_code LIMIT 200
        """;

    private const string LevelsSql = Subtree + """
        SELECT period_year, role, channel, level, CAST(sum(n) AS BIGINT) FROM {levels}
        WHERE period_kind = 'year' AND unit_code IN (SELECT unit_code FROM sub)
          AND ($1::VARCHAR[] IS NULL OR list_contains($1::VARCHAR[], area_code))
          AND ($3 OR role IN ('party_member', 'civil_servant', 'leader'))
          AND (NOT $3 OR (unit_code = $2 AND role IN ('organisation', 'collective')))
        GROUP BY ALL ORDER BY ALL
        """;

    private const string SelfFinalSql = Subtree + """
        SELECT period_year, role,
               CAST(sum(n) FILTER (WHERE self_level > final_level) AS BIGINT), CAST(sum(n) FILTER (WHERE self_level = final_level) AS BIGINT),
               CAST(sum(n) FILTER (WHERE self_level < final_level) AS BIGINT), CAST(sum(n * (self_level - final_level)) AS BIGINT) / nullif(CAST(sum(n) FILTER (WHERE self_level IS NOT NULL AND final_level IS NOT NULL) AS BIGINT), 0)
        FROM {self_final}
        WHERE period_kind = 'year' AND unit_code IN (SELECT unit_code FROM sub) AND role IN ('party_member', 'civil_servant', 'leader')
          AND ($1::VARCHAR[] IS NULL OR list_contains($1::VARCHAR[], area_code))
        GROUP BY ALL ORDER BY ALL
        """;

    private const string FindingsSql = Subtree + """
        SELECT f.finding_id, f.rule, f.period, f.subject_kind, f.subject_id, f.unit_code, f.severity, f.message, f.status, f.holds
        FROM finding f JOIN {units} u USING (unit_code)
        WHERE f.unit_code IN (SELECT unit_code FROM sub) AND ($1::VARCHAR[] IS NULL OR list_contains($1::VARCHAR[], u.area_code))
        ORDER BY f.period DESC, f.rule LIMIT 100
        """;

    private const string FormalismSql = """
        SELECT period, score, rank, signals, too_small FROM formalism_score WHERE unit_code = $1
        QUALIFY rank() OVER (PARTITION BY period ORDER BY run_id DESC) = 1 ORDER BY period
        """;

    private const string FeatureSql = """
        SELECT period, feature, value FROM formalism_feature WHERE unit_code = $1
        QUALIFY rank() OVER (PARTITION BY period ORDER BY run_id DESC) = 1 ORDER BY feature, period
        """;

    public static UnitRow? Find(WarehouseStore store, ReadTables t, Viewer viewer, string code) =>
        store.Rows(t.Sql(UnitSql), r => new UnitRow(r.GetString(0), r.GetString(1), r.GetString(2), Text(r, 3), Text(r, 4), Text(r, 5),
            Date(r, 6)), viewer.ScopeParameter, code).FirstOrDefault();

    public static IReadOnlyList<UnitVersionRow> Versions(WarehouseStore store, string code) =>
        store.Rows(VersionsSql, r => new UnitVersionRow(r.GetInt32(0), r.GetString(1), r.GetString(2), Text(r, 3), Text(r, 4),
            Date(r, 5), Date(r, 6), Text(r, 7)), code).ToList();

    public static IReadOnlyList<(string Code, string Name, string Kind)> Children(WarehouseStore store, ReadTables t, Viewer viewer, string code) =>
        store.Rows(t.Sql(ChildrenSql), r => (r.GetString(0), r.GetString(1), r.GetString(2)), viewer.ScopeParameter, code).ToList();

    /// <summary>Counts per year, role, channel and level: the unit's own ratings (<paramref name="own"/>) or
    /// its members' and subordinate units' individuals.</summary>
    public static IReadOnlyList<LevelCount> Levels(WarehouseStore store, ReadTables t, Viewer viewer, string code, bool own) =>
        store.Rows(t.Sql(LevelsSql), r => new LevelCount(Convert.ToInt32(r.GetValue(0)), r.GetString(1), r.GetString(2),
            r.IsDBNull(3) ? null : Convert.ToInt32(r.GetValue(3)), Convert.ToInt64(r.GetValue(4))), viewer.ScopeParameter, code, own).ToList();

    public static IReadOnlyList<SelfFinalRow> SelfFinal(WarehouseStore store, ReadTables t, Viewer viewer, string code) =>
        store.Rows(t.Sql(SelfFinalSql), r => new SelfFinalRow(Convert.ToInt32(r.GetValue(0)), r.GetString(1), Long(r, 2), Long(r, 3), Long(r, 4),
            r.IsDBNull(5) ? null : Convert.ToDouble(r.GetValue(5))), viewer.ScopeParameter, code).ToList();

    public static IReadOnlyList<UnitFinding> Findings(WarehouseStore store, ReadTables t, Viewer viewer, string code) =>
        store.Rows(t.Sql(FindingsSql), r => new UnitFinding(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4),
            r.GetString(5), r.GetString(6), r.GetString(7), r.GetString(8), r.GetBoolean(9)), viewer.ScopeParameter, code).ToList();

    public static IReadOnlyList<FormalismRow> Formalism(WarehouseStore store, string code) =>
        store.Rows(FormalismSql, r => new FormalismRow(r.GetString(0), r.IsDBNull(1) ? null : r.GetDouble(1), r.IsDBNull(2) ? null : r.GetInt32(2),
            r.GetString(3), r.GetBoolean(4)), code).ToList();

    /// <summary>The formalism features (migration 008, when present) of the latest run per period.</summary>
    public static IReadOnlyList<(string Period, string Feature, double? Value)> Features(WarehouseStore store, string code)
    {
        var present = store.Scalar("SELECT count(*) FROM duckdb_tables() WHERE table_name = 'formalism_feature' AND database_name = current_database()") > 0;
        return present
            ? store.Rows(FeatureSql, r => (r.GetString(0), r.GetString(1), r.IsDBNull(2) ? (double?)null : Convert.ToDouble(r.GetValue(2))), code).ToList()
            : [];
    }

    private static string? Text(System.Data.Common.DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static long Long(System.Data.Common.DbDataReader r, int i) => r.IsDBNull(i) ? 0 : Convert.ToInt64(r.GetValue(i));

    private static DateOnly? Date(System.Data.Common.DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetFieldValue<DateOnly>(i);
}

internal sealed record UnitRow(string Code, string Name, string Kind, string? Parent, string? Area, string? Successor, DateOnly? ValidTo);

internal sealed record UnitVersionRow(int Version, string Name, string Kind, string? Parent, string? Area, DateOnly? From, DateOnly? To, string? Successor);

internal sealed record LevelCount(int Year, string Role, string Channel, int? Level, long Count);

internal sealed record SelfFinalRow(int Year, string Role, long Above, long Same, long Below, double? MeanGap);

internal sealed record UnitFinding(string Id, string Rule, string Period, string SubjectKind, string SubjectId, string UnitCode, string Severity,
    string Message, string Status, bool Holds);

internal sealed record FormalismRow(string Period, double? Score, int? Rank, string Signals, bool TooSmall);
