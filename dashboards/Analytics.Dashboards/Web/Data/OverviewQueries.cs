using Analytics.Dashboards.Web.Auth;
using Analytics.Warehouse.Store;

namespace Analytics.Dashboards.Web.Data;

/// <summary>The overview's key figures, latest batches and top findings, within the viewer's areas.</summary>
internal static class OverviewQueries
{
    private const string YearSql = """
        SELECT max(period_year) FROM {levels}
        WHERE period_kind = 'year' AND channel = 'final' AND ($1::VARCHAR[] IS NULL OR list_contains($1::VARCHAR[], area_code))
        """;

    private const string MembersSql = """
        SELECT role, level, CAST(sum(n) AS BIGINT) FROM {levels}
        WHERE period_kind = 'year' AND period_year = $2 AND channel = 'final' AND role IN ('party_member', 'organisation')
          AND ($1::VARCHAR[] IS NULL OR list_contains($1::VARCHAR[], area_code))
        GROUP BY ALL
        """;

    private const string UnitsSql = """
        SELECT count(*), count(DISTINCT area_code) FROM {units}
        WHERE valid_to IS NULL AND ($1::VARCHAR[] IS NULL OR list_contains($1::VARCHAR[], area_code))
        """;

    private const string FindingsSql = """
        SELECT f.status, f.holds, f.severity, count(*) FROM finding f LEFT JOIN {units} u USING (unit_code)
        WHERE ($1::VARCHAR[] IS NULL OR list_contains($1::VARCHAR[], u.area_code)) GROUP BY ALL
        """;

    private const string ByRuleSql = """
        SELECT f.rule, count(*) FILTER (WHERE f.status = 'new'), count(*) FROM finding f LEFT JOIN {units} u USING (unit_code)
        WHERE f.holds AND ($1::VARCHAR[] IS NULL OR list_contains($1::VARCHAR[], u.area_code)) GROUP BY ALL ORDER BY f.rule
        """;

    private const string TopSql = """
        SELECT f.finding_id, f.rule, f.period, f.subject_kind, f.subject_id, f.unit_code, u.unit_name, f.severity, f.message, f.status
        FROM finding f LEFT JOIN {units} u USING (unit_code)
        WHERE f.holds AND f.status <> 'resolved' AND ($1::VARCHAR[] IS NULL OR list_contains($1::VARCHAR[], u.area_code))
        ORDER BY f.severity = 'violation' DESC, f.status = 'new' DESC, f.period DESC, f.rule, f.unit_code LIMIT 10
        """;

    public static Overview Load(WarehouseStore store, ReadTables t, Viewer viewer)
    {
        var scope = viewer.ScopeParameter;
        var year = store.Rows(t.Sql(YearSql), r => r.IsDBNull(0) ? (int?)null : Convert.ToInt32(r.GetValue(0)), [scope]).First();
        var levels = year is null
            ? []
            : store.Rows(t.Sql(MembersSql), r => (Role: r.GetString(0), Level: r.IsDBNull(1) ? (int?)null : Convert.ToInt32(r.GetValue(1)),
            Count: Convert.ToInt64(r.GetValue(2))), scope, year.Value).ToList();
        var (units, areas) = store.Rows(t.Sql(UnitsSql), r => (r.GetInt64(0), r.GetInt64(1)), [scope]).First();
        var findings = store.Rows(t.Sql(FindingsSql),
            r => (Status: r.GetString(0), Holds: r.GetBoolean(1), Severity: r.GetString(2), Count: r.GetInt64(3)), [scope]).ToList();
        var byRule = store.Rows(t.Sql(ByRuleSql), r => (r.GetString(0), r.GetInt64(1), r.GetInt64(2)), [scope]).ToList();
        var top = store.Rows(t.Sql(TopSql), r => new TopFinding(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3),
            r.GetString(4), r.GetString(5), r.IsDBNull(6) ? null : r.GetString(6), r.GetString(7), r.GetString(8),
            r.GetString(9)), [scope]).ToList();
        var batches = SourceQueries.Batches(store, viewer, 8, 0);
        long Members(int? level) =>
            levels.Where(l => l.Role == "party_member" && (level is null ? l.Level is not null : l.Level == level)).Sum(l => l.Count);
        long Orgs(int? level) =>
            levels.Where(l => l.Role == "organisation" && (level is null ? l.Level is not null : l.Level == level)).Sum(l => l.Count);
        return new Overview(year, units, areas, Members(null), Members(4), Members(1), Orgs(null), Orgs(4),
            findings.Where(f => f.Holds).Sum(f => f.Count), findings.Where(f => f.Holds && f.Status == "new").Sum(f => f.Count),
            findings.Where(f => f.Holds && f.Status == "acknowledged").Sum(f => f.Count),
            findings.Where(f => f.Status == "resolved" || !f.Holds).Sum(f => f.Count),
            byRule, top, batches);
    }
}

internal sealed record Overview(
    int? Year, long Units, long Areas,
    long MembersRated, long MembersExcellent, long MembersFailed,
    long OrganisationsRated, long OrganisationsExcellent,
    long FindingsHolding, long FindingsNew, long FindingsAcknowledged, long FindingsClosed,
    IReadOnlyList<(string Rule, long New, long Holding)> ByRule, IReadOnlyList<TopFinding> Top, IReadOnlyList<BatchRow> Batches);

internal sealed record TopFinding(
    string Id, string Rule, string Period, string SubjectKind, string SubjectId, string UnitCode, string? UnitName,
    string Severity, string Message, string Status);
