namespace Analytics.Warehouse.Trends;

// Formalism scores by area and year (the heatmap) and the highest-scored units of a period.
public sealed partial class TrendQueries
{
    // Each period from the latest run that scored it: a run over one year does not hide the others.
    private const string LatestScores = """
        latest AS (
            SELECT * FROM formalism_score
            QUALIFY run_id = max(run_id) OVER (PARTITION BY period)
        )
        """;

    private const string GridSql = "WITH " + TrendSql.Scoped + ", " + TrendSql.AreaNames + ", " + LatestScores + """

        SELECT u.area_code, coalesce(a.area_name, u.area_code), CAST(f.period AS INTEGER) AS year,
               avg(f.score), max(f.score), count(*), coalesce(mode(nullif(split_part(f.signals, ';', 1), '')), '')
        FROM latest f JOIN scoped u ON u.unit_code = f.unit_code LEFT JOIN area_name a ON a.area_code = u.area_code
        WHERE length(f.period) = 4 AND f.score IS NOT NULL AND NOT f.too_small AND u.area_code IS NOT NULL
          AND CAST(f.period AS INTEGER) BETWEEN coalesce($1::INTEGER, 0) AND coalesce($2::INTEGER, 32767)
        GROUP BY ALL ORDER BY u.area_code, year
        """;

    private const string TopSql = "WITH " + TrendSql.Scoped + ", " + LatestScores + """

        SELECT f.period, f.unit_code, u.unit_name, coalesce(u.area_code, ''), f.score, f.rank, f.signals
        FROM latest f JOIN scoped u ON u.unit_code = f.unit_code
        WHERE f.period = $8 AND f.score IS NOT NULL AND NOT f.too_small
        ORDER BY f.score DESC, f.unit_code LIMIT $9
        """;

    private const string RunSql = "SELECT run_id, started_at, model_version FROM formalism_run ORDER BY run_id DESC LIMIT 1";

    /// <summary>The latest formalism run, or null when the scoring never ran.</summary>
    public FormalismRunInfo? LatestFormalismRun() =>
        _store.Rows(RunSql, r => new FormalismRunInfo(r.GetInt64(0), r.GetDateTime(1), r.GetString(2))).FirstOrDefault();

    /// <summary>Mean and highest formalism score per area and year (yearly periods).</summary>
    public FormalismGrid FormalismByArea(TrendFilter filter)
    {
        var cells = _store.Rows(GridSql, r => new FormalismCell(r.GetString(0), r.GetString(1), Convert.ToInt32(r.GetValue(2)),
            Convert.ToDouble(r.GetValue(3)), Convert.ToDouble(r.GetValue(4)), Convert.ToInt32(r.GetValue(5)), r.GetString(6)),
            Bind(filter)).ToList();
        return new FormalismGrid(LatestFormalismRun(), cells);
    }

    /// <summary>The <paramref name="count"/> highest-scored units of <paramref name="period"/>.</summary>
    public IReadOnlyList<FormalismUnit> TopFormalism(TrendFilter filter, string period, int count) =>
        _store.Rows(TopSql, r => new FormalismUnit(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3),
            Convert.ToDouble(r.GetValue(4)),
            NullableInt(r, 5), r.GetString(6).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)),
            Bind(filter, period, count)).ToList();
}
