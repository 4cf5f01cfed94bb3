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

    // The counts take the unit's subtree as a list ($2) and return the read model's rows (part 0: levels,
    // part 1: self vs final), which the page adds up: DuckDB finds a few hundred rows by unit code (index)
    // faster than it sets up an aggregation, or than it filters on a second column (yearly periods are
    // picked in C#). The viewer's areas ($1) are filtered in the SQL, whatever the list holds.
    private const string CountsSql = """
        SELECT 0 AS part, unit_code, period_kind, period_year, role, channel, level, NULL::TINYINT AS self_level, n FROM {levels}
        WHERE unit_code IN (SELECT unnest($2::VARCHAR[])) AND ($1::VARCHAR[] IS NULL OR list_contains($1::VARCHAR[], area_code))
        UNION ALL
        SELECT 1, unit_code, period_kind, period_year, role, NULL, final_level, self_level, n FROM {self_final}
        WHERE unit_code IN (SELECT unnest($2::VARCHAR[])) AND ($1::VARCHAR[] IS NULL OR list_contains($1::VARCHAR[], area_code))
        """;

    // The same for a large subtree (a district or the province): added up in SQL, so that hundreds of
    // thousands of rows do not travel to the page; only the unit's own rows keep its code.
    private const string CountsGroupedSql = """
        SELECT 0 AS part, CASE WHEN unit_code = $3 THEN unit_code ELSE '' END, period_kind, period_year, role, channel, level,
               NULL::TINYINT, CAST(sum(n) AS BIGINT) FROM {levels}
        WHERE unit_code IN (SELECT unnest($2::VARCHAR[])) AND ($1::VARCHAR[] IS NULL OR list_contains($1::VARCHAR[], area_code))
        GROUP BY ALL
        UNION ALL
        SELECT 1, '', period_kind, period_year, role, NULL, final_level, self_level, CAST(sum(n) AS BIGINT) FROM {self_final}
        WHERE unit_code IN (SELECT unnest($2::VARCHAR[])) AND ($1::VARCHAR[] IS NULL OR list_contains($1::VARCHAR[], area_code))
        GROUP BY ALL
        """;

    // Every finding within the viewer's areas: the pages keep it per data version and scope, and a unit
    // page picks those of its subtree.
    private const string FindingsSql = """
        SELECT f.finding_id, f.rule, f.period, f.subject_kind, f.subject_id, f.unit_code, f.severity, f.message, f.status, f.holds
        FROM finding f JOIN {units} u USING (unit_code)
        WHERE $1::VARCHAR[] IS NULL OR list_contains($1::VARCHAR[], u.area_code)
        ORDER BY f.period DESC, f.rule, f.unit_code
        """;

    // The latest scores and features of every unit and period, kept per data version by the pages (a
    // unit page shows its unit's rows only after the scoped lookup found the unit).
    private const string FormalismSql = """
        SELECT unit_code, period, score, rank, signals, too_small FROM formalism_score
        QUALIFY rank() OVER (PARTITION BY unit_code, period ORDER BY run_id DESC) = 1 ORDER BY unit_code, period
        """;

    private const string FeatureSql = """
        SELECT unit_code, period, feature, value FROM formalism_feature
        QUALIFY rank() OVER (PARTITION BY unit_code, period ORDER BY run_id DESC) = 1 ORDER BY unit_code, feature, period
        """;

    public static UnitRow? Find(WarehouseStore store, ReadTables t, Viewer viewer, string code) =>
        store.Rows(t.Sql(UnitSql), r => new UnitRow(r.GetString(0), r.GetString(1), r.GetString(2), Text(r, 3), Text(r, 4), Text(r, 5),
            Date(r, 6)), viewer.ScopeParameter, code).FirstOrDefault();

    /// <summary>The unit, its children (those within the viewer's areas) and its versions, or null when
    /// the unit is not within the viewer's areas — which the SQL decides (<see cref="UnitSql"/>).</summary>
    public static UnitPageHead? Head(WarehouseStore store, ReadTables t, Viewer viewer, string code)
    {
        if (Find(store, t, viewer, code) is not { } unit) return null;
        var children = (t.Tree.Children.GetValueOrDefault(code) ?? [])
            .Select(c => t.Tree.Units[c])
            .Where(c => viewer.Sees(c.Area))
            .Take(200)
            .ToList();
        return new UnitPageHead(unit, children, t.Tree.History.GetValueOrDefault(code) ?? []);
    }

    private static readonly string[] Individuals = ["party_member", "civil_servant", "leader"];

    /// <summary>Yearly counts under the unit (<paramref name="subtree"/>: <see cref="ReadTables.Subtree"/>): its
    /// own ratings, its and its subordinate units' individuals by level, and their self vs final.</summary>
    public static UnitCounts Counts(WarehouseStore store, ReadTables t, Viewer viewer, string code, string[] subtree)
    {
        var rows = store.Rows(t.Sql(subtree.Length > 64 ? CountsGroupedSql : CountsSql),
                r => (Part: r.GetInt32(0), Unit: r.GetString(1), Kind: r.GetString(2), Year: Convert.ToInt32(r.GetValue(3)),
                    Role: r.GetString(4), Channel: r.IsDBNull(5) ? "" : r.GetString(5), Level: Int(r, 6), Self: Int(r, 7),
                    Count: Convert.ToInt64(r.GetValue(8))),
                subtree.Length > 64 ? [viewer.ScopeParameter, subtree, code] : [viewer.ScopeParameter, subtree])
            .Where(r => r.Kind == "year")
            .ToList();
        static List<LevelCount> Sum(
            IEnumerable<(int Part, string Unit, string Kind, int Year, string Role, string Channel, int? Level, int? Self, long Count)>
                rows) =>
            [.. rows.GroupBy(r => (r.Year, r.Role, r.Channel, r.Level))
                .Select(g => new LevelCount(g.Key.Year, g.Key.Role, g.Key.Channel, g.Key.Level, g.Sum(r => r.Count)))
                .OrderBy(c => c.Year)
                .ThenBy(c => c.Role, StringComparer.Ordinal)
                .ThenBy(c => c.Channel, StringComparer.Ordinal)
                .ThenBy(c => c.Level)];
        var levels = rows.Where(r => r.Part == 0).ToList();
        var selfFinal = rows.Where(r => r.Part == 1 && Individuals.Contains(r.Role))
            .GroupBy(r => (r.Year, r.Role))
            .Select(g =>
            {
                var paired = g.Where(r => r.Self is not null && r.Level is not null).ToList();
                var n = paired.Sum(r => r.Count);
                return new SelfFinalRow(g.Key.Year, g.Key.Role,
                    paired.Where(r => r.Self > r.Level).Sum(r => r.Count),
                    paired.Where(r => r.Self == r.Level).Sum(r => r.Count),
                    paired.Where(r => r.Self < r.Level).Sum(r => r.Count),
                    n == 0 ? null : (double)paired.Sum(r => r.Count * (r.Self!.Value - r.Level!.Value)) / n);
            })
            .OrderBy(r => r.Year).ThenBy(r => r.Role, StringComparer.Ordinal).ToList();
        return new UnitCounts(
            Sum(levels.Where(r => r.Unit == code && r.Role is "organisation" or "collective")),
            Sum(levels.Where(r => Individuals.Contains(r.Role))),
            selfFinal);
    }

    /// <summary>Every finding within the viewer's areas (newest period first).</summary>
    public static IReadOnlyList<UnitFinding> Findings(WarehouseStore store, ReadTables t, Viewer viewer) =>
        store.Rows(t.Sql(FindingsSql), r => new UnitFinding(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4),
            r.GetString(5), r.GetString(6), r.GetString(7), r.GetString(8), r.GetBoolean(9)), [viewer.ScopeParameter]).ToList();

    /// <summary>The latest formalism scores and (migration 008, when present) features, by unit.</summary>
    public static UnitFormalism Formalism(WarehouseStore store, ReadTables t)
    {
        var scores = store.Rows(FormalismSql, r => (Unit: r.GetString(0), Row: new FormalismRow(r.GetString(1),
                r.IsDBNull(2) ? null : r.GetDouble(2), r.IsDBNull(3) ? null : r.GetInt32(3), r.GetString(4), r.GetBoolean(5))))
            .GroupBy(x => x.Unit, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<FormalismRow>)[.. g.Select(x => x.Row)], StringComparer.Ordinal);
        var features = t.HasFormalismFeatures
            ? store.Rows(FeatureSql, r => (Unit: r.GetString(0),
                    Row: (r.GetString(1), r.GetString(2), r.IsDBNull(3) ? (double?)null : Convert.ToDouble(r.GetValue(3)))))
                .GroupBy(x => x.Unit, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => (IReadOnlyList<(string, string, double?)>)[.. g.Select(x => x.Row)], StringComparer.Ordinal)
            : [];
        return new UnitFormalism(scores, features);
    }

    private static string? Text(System.Data.Common.DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static int? Int(System.Data.Common.DbDataReader r, int i) => r.IsDBNull(i) ? null : Convert.ToInt32(r.GetValue(i));

    private static DateOnly? Date(System.Data.Common.DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetFieldValue<DateOnly>(i);
}

internal sealed record UnitFormalism(IReadOnlyDictionary<string, IReadOnlyList<FormalismRow>> Scores,
    IReadOnlyDictionary<string, IReadOnlyList<(string Period, string Feature, double? Value)>> Features);

internal sealed record UnitPageHead(UnitRow Unit, IReadOnlyList<UnitRow> Children, IReadOnlyList<UnitVersionRow> Versions);

internal sealed record UnitCounts(
    IReadOnlyList<LevelCount> Own, IReadOnlyList<LevelCount> Individuals, IReadOnlyList<SelfFinalRow> SelfFinal);

internal sealed record UnitRow(string Code, string Name, string Kind, string? Parent, string? Area, string? Successor, DateOnly? ValidTo);

internal sealed record UnitVersionRow(
    int Version, string Name, string Kind, string? Parent, string? Area, DateOnly? From, DateOnly? To, string? Successor);

/// <summary>Ratings counted by year, role, step and level. Public, like the other rows a Razor component takes as a
/// parameter: Razor generates public component classes.</summary>
public sealed record LevelCount(int Year, string Role, string Channel, int? Level, long Count);

/// <summary>Self-rating against the final decision for a year and role (public: a component's parameter).</summary>
public sealed record SelfFinalRow(int Year, string Role, long Above, long Same, long Below, double? MeanGap);

internal sealed record UnitFinding(
    string Id, string Rule, string Period, string SubjectKind, string SubjectId, string UnitCode, string Severity,
    string Message, string Status, bool Holds);

/// <summary>A unit's latest formalism score for a period (public: a component's parameter).</summary>
public sealed record FormalismRow(string Period, double? Score, int? Rank, string Signals, bool TooSmall);
