namespace Analytics.Warehouse.Trends;

// Findings of the regulation checks: counted by rule and area, and listed for the briefing.
public sealed partial class TrendQueries
{
    private const string ByRuleSql = "WITH " + TrendSql.Scoped + ", " + TrendSql.AreaNames + """

        SELECT f.rule, coalesce(u.area_code, ''), coalesce(a.area_name, u.area_code, ''), count(*)
        FROM finding f JOIN scoped u ON u.unit_code = f.unit_code LEFT JOIN area_name a ON a.area_code = u.area_code
        WHERE f.holds AND CAST(left(f.period, 4) AS INTEGER) BETWEEN coalesce($1::INTEGER, 0) AND coalesce($2::INTEGER, 32767)
        GROUP BY ALL ORDER BY f.rule, 2
        """;

    // Holding findings of the focus year first, violations before warnings, then round-robin over
    // the rules so that a short list shows many rules rather than ten of one.
    private const string ListSql = "WITH " + TrendSql.Scoped + """

        SELECT f.finding_id, f.rule, f.rule_set, f.period, f.subject_kind, f.subject_id, f.unit_code, u.unit_name,
               coalesce(u.area_code, ''), f.severity, f.message, f.regulation, f.holds, f.status, c.started_at
        FROM finding f JOIN scoped u ON u.unit_code = f.unit_code LEFT JOIN check_run c ON c.run_id = f.first_run
        WHERE CAST(left(f.period, 4) AS INTEGER) BETWEEN coalesce($1::INTEGER, 0) AND coalesce($2::INTEGER, 32767)
        ORDER BY f.holds DESC, (f.period = $8) DESC, (f.severity = 'violation') DESC,
                 row_number() OVER (PARTITION BY f.holds, f.period = $8, f.severity, f.rule
                                    ORDER BY f.period DESC, f.subject_id, f.unit_code),
                 f.rule, f.period DESC, f.subject_id
        """;

    /// <summary>Findings that still hold, per rule and area, within the filter's years.</summary>
    public IReadOnlyList<FindingCount> FindingsByRuleAndArea(TrendFilter filter) =>
        _store.Rows(ByRuleSql, r => new FindingCount(r.GetString(0), r.GetString(1), r.GetString(2), Convert.ToInt64(r.GetValue(3))),
            Bind(filter)).ToList();

    /// <summary>Every finding within the filter's years, holding ones first, those of
    /// <paramref name="focusPeriod"/> first among them, violations before warnings, rules taking turns.</summary>
    public IReadOnlyList<FindingRow> Findings(TrendFilter filter, string focusPeriod) =>
        _store.Rows(ListSql, r => new FindingRow(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4),
            r.GetString(5), r.GetString(6), r.GetString(7), r.GetString(8), r.GetString(9), r.GetString(10), r.GetString(11),
            r.GetBoolean(12), r.GetString(13),
            r.IsDBNull(14) ? null : r.GetDateTime(14)),
            Bind(filter, focusPeriod)).ToList();
}
