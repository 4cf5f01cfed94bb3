namespace Analytics.Warehouse.Trends;

// Distribution of the four levels by year: members and organisations, province or one unit.
public sealed partial class TrendQueries
{
    private const string LevelsSql = "WITH " + TrendSql.Scoped + ", " + TrendSql.YearSteps + """

        SELECT s.year, s.level, count(*) AS n
        FROM steps s JOIN scoped u ON u.unit_code = s.unit_code
        WHERE s.channel = 'final' AND s.role = coalesce($5::VARCHAR, $9) AND s.subject_kind = $10
        GROUP BY ALL ORDER BY s.year, s.level NULLS LAST
        """;

    /// <summary>Final ratings per year and level. Members: persons rated as party members (or the
    /// filter's role) in units of the filter; with <see cref="TrendFilter.UnitCode"/>, the unit and
    /// the units directly under it (a grassroots organisation and its cells). Organisations: units
    /// rated as organisations (or the filter's role).</summary>
    public IReadOnlyList<LevelCount> LevelsByYear(TrendFilter filter, RatedSubjects subjects)
    {
        var (role, kind) = subjects == RatedSubjects.Members ? ("party_member", "person") : ("organisation", "unit");
        return _store.Rows(Steps(LevelsSql),
            r => new LevelCount(Convert.ToInt32(r.GetValue(0)), NullableInt(r, 1), Convert.ToInt64(r.GetValue(2))),
            Bind(filter, new[] { "final" }, role, kind)).ToList();
    }
}
