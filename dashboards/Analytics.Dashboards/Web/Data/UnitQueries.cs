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
        FROM {versions} WHERE unit_code = $1 ORDER BY version
        """;

    private const string ChildrenSql = """
        SELECT unit_code, unit_name, unit_kind FROM {units}
        WHERE parent_code = $2 AND ($1::VARCHAR[] IS NULL OR list_contains($1::VARCHAR[], area_code)) ORDER BY unit_code LIMIT 200
        """;

    // The counting queries take the unit's subtree as a list ($2) and return the read model's rows, which
    // the page adds up: DuckDB finds a few hundred rows by unit code (index) faster than it sets up an
    // aggregation (or than it filters on a second column: yearly periods are picked here, in C#). The
    // viewer's areas ($1) are filtered in the SQL too, whatever the list holds.
    private const string LevelsSql = """
        SELECT unit_code, period_year, role, channel, level, n, period_kind FROM {levels}
        WHERE unit_code IN (SELECT unnest($2::VARCHAR[]))
          AND ($1::VARCHAR[] IS NULL OR list_contains($1::VARCHAR[], area_code))
        """;

    private const string SelfFinalSql = """
        SELECT period_year, role, self_level, final_level, n, period_kind FROM {self_final}
        WHERE unit_code IN (SELECT unnest($2::VARCHAR[]))
          AND ($1::VARCHAR[] IS NULL OR list_contains($1::VARCHAR[], area_code))
        """;

    private const string FindingsSql = """
        SELECT f.finding_id, f.rule, f.period, f.subject_kind, f.subject_id, f.unit_code, f.severity, f.message, f.status, f.holds
        FROM finding f JOIN {units} u USING (unit_code)
        WHERE f.unit_code IN (SELECT unnest($2::VARCHAR[])) AND ($1::VARCHAR[] IS NULL OR list_contains($1::VARCHAR[], u.area_code))
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

    public static IReadOnlyList<UnitVersionRow> Versions(WarehouseStore store, ReadTables t, string code) =>
        store.Rows(t.Sql(VersionsSql), r => new UnitVersionRow(r.GetInt32(0), r.GetString(1), r.GetString(2), Text(r, 3), Text(r, 4),
            Date(r, 5), Date(r, 6), Text(r, 7)), code).ToList();

    public static IReadOnlyList<(string Code, string Name, string Kind)> Children(WarehouseStore store, ReadTables t, Viewer viewer, string code) =>
        store.Rows(t.Sql(ChildrenSql), r => (r.GetString(0), r.GetString(1), r.GetString(2)), viewer.ScopeParameter, code).ToList();

    private static readonly string[] Individuals = ["party_member", "civil_servant", "leader"];

    /// <summary>Counts per year, role, channel and level of the unit's own ratings and of its and its
    /// subordinate units' individuals (<paramref name="subtree"/>: <see cref="ReadTables.Subtree"/>).</summary>
    public static (IReadOnlyList<LevelCount> Own, IReadOnlyList<LevelCount> Individuals) Levels(WarehouseStore store, ReadTables t, Viewer viewer,
        string code, string[] subtree)
    {
        var rows = store.Rows(t.Sql(LevelsSql), r => (Unit: r.GetString(0), Year: Convert.ToInt32(r.GetValue(1)), Role: r.GetString(2), Channel: r.GetString(3),
            Level: r.IsDBNull(4) ? (int?)null : Convert.ToInt32(r.GetValue(4)), Count: Convert.ToInt64(r.GetValue(5)), Kind: r.GetString(6)), viewer.ScopeParameter, subtree)
            .Where(r => r.Kind == "year").Select(r => (r.Unit, r.Year, r.Role, r.Channel, r.Level, r.Count)).ToList();
        static List<LevelCount> Sum(IEnumerable<(string Unit, int Year, string Role, string Channel, int? Level, long Count)> rows) =>
            [.. rows.GroupBy(r => (r.Year, r.Role, r.Channel, r.Level)).Select(g => new LevelCount(g.Key.Year, g.Key.Role, g.Key.Channel, g.Key.Level, g.Sum(r => r.Count)))
                .OrderBy(c => c.Year).ThenBy(c => c.Role, StringComparer.Ordinal).ThenBy(c => c.Channel, StringComparer.Ordinal).ThenBy(c => c.Level)];
        return (Sum(rows.Where(r => r.Unit == code && r.Role is "organisation" or "collective")), Sum(rows.Where(r => Individuals.Contains(r.Role))));
    }

    public static IReadOnlyList<SelfFinalRow> SelfFinal(WarehouseStore store, ReadTables t, Viewer viewer, string[] subtree) =>
        [.. store.Rows(t.Sql(SelfFinalSql), r => (Year: Convert.ToInt32(r.GetValue(0)), Role: r.GetString(1), Self: r.IsDBNull(2) ? (int?)null : Convert.ToInt32(r.GetValue(2)),
                Final: r.IsDBNull(3) ? (int?)null : Convert.ToInt32(r.GetValue(3)), Count: Convert.ToInt64(r.GetValue(4)), Kind: r.GetString(5)), viewer.ScopeParameter, subtree)
            .Where(r => r.Kind == "year" && Individuals.Contains(r.Role))
            .GroupBy(r => (r.Year, r.Role))
            .Select(g =>
            {
                var paired = g.Where(r => r.Self is not null && r.Final is not null).ToList();
                var n = paired.Sum(r => r.Count);
                return new SelfFinalRow(g.Key.Year, g.Key.Role, paired.Where(r => r.Self > r.Final).Sum(r => r.Count), paired.Where(r => r.Self == r.Final).Sum(r => r.Count),
                    paired.Where(r => r.Self < r.Final).Sum(r => r.Count), n == 0 ? null : (double)paired.Sum(r => r.Count * (r.Self!.Value - r.Final!.Value)) / n);
            })
            .OrderBy(r => r.Year).ThenBy(r => r.Role, StringComparer.Ordinal)];

    public static IReadOnlyList<UnitFinding> Findings(WarehouseStore store, ReadTables t, Viewer viewer, string[] subtree) =>
        store.Rows(t.Sql(FindingsSql), r => new UnitFinding(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4),
            r.GetString(5), r.GetString(6), r.GetString(7), r.GetString(8), r.GetBoolean(9)), viewer.ScopeParameter, subtree).ToList();

    public static IReadOnlyList<FormalismRow> Formalism(WarehouseStore store, string code) =>
        store.Rows(FormalismSql, r => new FormalismRow(r.GetString(0), r.IsDBNull(1) ? null : r.GetDouble(1), r.IsDBNull(2) ? null : r.GetInt32(2),
            r.GetString(3), r.GetBoolean(4)), code).ToList();

    /// <summary>The formalism features (migration 008, when present) of the latest run per period.</summary>
    public static IReadOnlyList<(string Period, string Feature, double? Value)> Features(WarehouseStore store, ReadTables t, string code) =>
        t.HasFormalismFeatures
            ? store.Rows(FeatureSql, r => (r.GetString(0), r.GetString(1), r.IsDBNull(2) ? (double?)null : Convert.ToDouble(r.GetValue(2))), code).ToList()
            : [];

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
