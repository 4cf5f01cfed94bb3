namespace Analytics.Warehouse.Trends;

// What changed between two moments: findings, batches, formalism scores (QuarterChanges).
public sealed partial class TrendQueries
{
    private const string FindingChangesSql = "WITH " + TrendSql.Scoped + """
        , f AS (
            SELECT f.holds, f.status, f.status_at, c1.started_at AS first_at,
                   (SELECT min(c.started_at) FROM check_run c
                    WHERE c.run_id > f.last_run AND list_contains(c.periods, f.period) AND list_contains(c.rules, f.rule)) AS resolved_at
            FROM finding f JOIN scoped u ON u.unit_code = f.unit_code LEFT JOIN check_run c1 ON c1.run_id = f.first_run
            WHERE CAST(left(f.period, 4) AS INTEGER) BETWEEN coalesce($1::INTEGER, 0) AND coalesce($2::INTEGER, 32767)
        )
        SELECT count(*) FILTER (WHERE first_at > $8 AND first_at <= $9),
               count(*) FILTER (WHERE NOT holds AND resolved_at > $8 AND resolved_at <= $9),
               count(*) FILTER (WHERE status = 'resolved' AND status_at > $8 AND status_at <= $9),
               count(*) FILTER (WHERE first_at <= $8 AND (holds OR resolved_at > $8)),
               count(*) FILTER (WHERE first_at <= $9 AND (holds OR resolved_at > $9)),
               (SELECT count(*) FROM check_run WHERE started_at > $8 AND started_at <= $9)
        FROM f
        """;

    // Batches loaded in the window that carry ratings of the filter's units (all of them without a scope).
    private const string BatchChangesSql = "WITH " + TrendSql.Scoped + """

        SELECT count(*), CAST(coalesce(sum(b.rows_loaded), 0) AS BIGINT) FROM etl_batch b
        WHERE b.status = 'loaded' AND b.started_at > $8 AND b.started_at <= $9
          AND ($7::VARCHAR[] IS NULL AND $3::VARCHAR IS NULL AND $4::VARCHAR IS NULL AND $6::VARCHAR IS NULL
               OR b.batch_id IN (SELECT DISTINCT r.batch_id FROM rating r JOIN scoped u ON u.unit_code = r.unit_code))
        """;

    private const string RunAtSql =
        "SELECT run_id, started_at, model_version FROM formalism_run WHERE started_at <= $1 ORDER BY run_id DESC LIMIT 1";

    private const string ScoreMovesSql = "WITH " + TrendSql.Scoped + """

        SELECT a.period, a.unit_code, u.unit_name, a.score, b.score
        FROM formalism_score a JOIN formalism_score b ON b.period = a.period AND b.unit_code = a.unit_code
        JOIN scoped u ON u.unit_code = a.unit_code
        WHERE a.run_id = $8 AND b.run_id = $9 AND a.score IS NOT NULL AND b.score IS NOT NULL
        """;

    /// <summary>What changed between <paramref name="since"/> (exclusive) and <paramref name="until"/>
    /// (inclusive) for the filter's units and years.</summary>
    public QuarterChanges ChangesBetween(TrendFilter filter, DateTime since, DateTime until, int largestMoves = 5)
    {
        var f = _store.Rows(FindingChangesSql,
            r => (New: r.GetInt64(0), ByData: r.GetInt64(1), ByReview: r.GetInt64(2), Then: r.GetInt64(3), Now: r.GetInt64(4),
                Runs: r.GetInt64(5)),
            Bind(filter, since, until)).Single();
        var b = _store.Rows(BatchChangesSql, r => (Count: r.GetInt64(0), Rows: Convert.ToInt64(r.GetValue(1))), Bind(filter, since, until))
            .Single();
        var before = _store.Rows(RunAtSql, Run, since).FirstOrDefault();
        var now = _store.Rows(RunAtSql, Run, until).FirstOrDefault();
        List<ScoreMove> moves = before is not null && now is not null && before.RunId != now.RunId
            ? _store.Rows(ScoreMovesSql,
                r => new ScoreMove(r.GetString(0), r.GetString(1), r.GetString(2), Convert.ToDouble(r.GetValue(3)),
                    Convert.ToDouble(r.GetValue(4))),
                Bind(filter, before.RunId, now.RunId)).ToList()
            : [];
        return new QuarterChanges(since, until, (int)f.New, (int)f.ByData, (int)f.ByReview, (int)f.Then, (int)f.Now, (int)f.Runs,
            (int)b.Count, b.Rows, before, now, moves.Count,
            moves.Count(m => m.Change >= QuarterChanges.MoveThreshold), moves.Count(m => m.Change <= -QuarterChanges.MoveThreshold),
            moves.OrderByDescending(m => Math.Abs(m.Change)).ThenBy(m => m.UnitCode, StringComparer.Ordinal).Take(largestMoves).ToList());
    }

    private static FormalismRunInfo Run(System.Data.Common.DbDataReader r) => new(r.GetInt64(0), r.GetDateTime(1), r.GetString(2));
}
