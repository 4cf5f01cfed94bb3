namespace Analytics.Warehouse.Trends;

// Per area and year: the excellent quota and the self-vs-final gap of members' ratings.
public sealed partial class TrendQueries
{
    private const string QuotaSql = "WITH " + TrendSql.Scoped + ", " + TrendSql.AreaNames + ", " + TrendSql.YearSteps + """

        SELECT u.area_code, coalesce(a.area_name, u.area_code), s.year,
               count(*) FILTER (WHERE s.level = 4), count(*) FILTER (WHERE s.level = 3), count(s.level)
        FROM steps s JOIN scoped u ON u.unit_code = s.unit_code LEFT JOIN area_name a ON a.area_code = u.area_code
        WHERE s.channel = 'final' AND s.role = coalesce($5::VARCHAR, 'party_member') AND s.subject_kind = 'person'
          AND u.area_code IS NOT NULL
        GROUP BY ALL ORDER BY u.area_code, s.year
        """;

    // Self and final of the same person, role and year meet in one group; unit_code is the final's.
    private const string GapSql = "WITH " + TrendSql.Scoped + ", " + TrendSql.AreaNames + ", " + TrendSql.YearSteps + """
        , pairs AS (
            SELECT s.person_key, s.role, s.year,
                   max(s.level) FILTER (WHERE s.channel = 'self') AS self_level,
                   max(s.level) FILTER (WHERE s.channel = 'final') AS final_level,
                   max(s.unit_code) FILTER (WHERE s.channel = 'final') AS unit_code
            FROM steps s
            WHERE s.subject_kind = 'person' AND s.role = coalesce($5::VARCHAR, 'party_member')
            GROUP BY ALL
        )
        SELECT u.area_code, coalesce(a.area_name, u.area_code), p.year, count(*),
               count(*) FILTER (WHERE p.self_level > p.final_level), count(*) FILTER (WHERE p.self_level = p.final_level),
               count(*) FILTER (WHERE p.self_level < p.final_level), avg(p.self_level - p.final_level)
        FROM pairs p JOIN scoped u ON u.unit_code = p.unit_code LEFT JOIN area_name a ON a.area_code = u.area_code
        WHERE p.self_level IS NOT NULL AND p.final_level IS NOT NULL AND u.area_code IS NOT NULL
        GROUP BY ALL ORDER BY u.area_code, p.year
        """;

    /// <summary>Per area and year: members' final HTXSNV, HTTNV and rated counts (role party_member
    /// unless the filter names another).</summary>
    public IReadOnlyList<AreaQuota> ExcellentByArea(TrendFilter filter) =>
        _store.Rows(Steps(QuotaSql), r => new AreaQuota(r.GetString(0), r.GetString(1), Convert.ToInt32(r.GetValue(2)),
            Convert.ToInt64(r.GetValue(3)), Convert.ToInt64(r.GetValue(4)), Convert.ToInt64(r.GetValue(5))),
            Bind(filter, (object)new[] { "final" })).ToList();

    /// <summary>Per area and year: members' self-rating against their final rating (persons holding
    /// both, role party_member unless the filter names another).</summary>
    public IReadOnlyList<SelfFinalGap> SelfFinalByArea(TrendFilter filter) =>
        _store.Rows(Steps(GapSql), r => new SelfFinalGap(r.GetString(0), r.GetString(1), Convert.ToInt32(r.GetValue(2)),
            Convert.ToInt64(r.GetValue(3)), Convert.ToInt64(r.GetValue(4)), Convert.ToInt64(r.GetValue(5)), Convert.ToInt64(r.GetValue(6)),
            Convert.ToDouble(r.GetValue(7))),
            Bind(filter, (object)new[] { "self", "final" })).ToList();
}
