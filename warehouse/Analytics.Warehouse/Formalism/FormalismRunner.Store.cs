namespace Analytics.Warehouse.Formalism;

// Storing a run: formalism_run, one formalism_score row per unit and period, and its features.
public sealed partial class FormalismRunner
{
    private long Store(IReadOnlyList<string> periods, IReadOnlyList<ScoredUnit> units)
    {
        using var transaction = store.Connection.BeginTransaction();
        var runId = store.Scalar("SELECT coalesce(max(run_id), 0) + 1 FROM formalism_run");
        store.Execute("INSERT INTO formalism_run VALUES ($1, now(), NULL, $2::VARCHAR[], $3)", runId, periods.ToArray(), ModelVersion);
        using (var scores = store.Connection.CreateAppender("formalism_score"))
        {
            foreach (var u in units)
            {
                var s = u.Score;
                scores.CreateRow().AppendValue(runId).AppendValue(s.Period).AppendValue(s.UnitCode).AppendValue(s.Score).AppendValue(s.Rank)
                    .AppendValue(string.Join(';', s.Signals)).AppendValue(s.TooSmall).AppendValue(ModelVersion).EndRow();
            }
        }
        // One wide row per unit, turned into one row per feature by DuckDB (fewer values to append).
        store.Execute("CREATE OR REPLACE TEMP TABLE fm_out (period VARCHAR, unit_code VARCHAR, "
            + $"{string.Join(", ", FormalismFeatures.Names.Select(n => n + " DOUBLE"))})");
        using (var features = store.Connection.CreateAppender("fm_out"))
        {
            foreach (var u in units)
            {
                var row = features.CreateRow().AppendValue(u.Score.Period).AppendValue(u.Score.UnitCode);
                foreach (var name in FormalismFeatures.Names) row = row.AppendValue(u.Features[name]);
                row.EndRow();
            }
        }
        store.Execute("INSERT INTO formalism_feature SELECT $1, period, unit_code, feature, value FROM fm_out "
            + $"UNPIVOT INCLUDE NULLS (value FOR feature IN ({string.Join(", ", FormalismFeatures.Names)}))", runId);
        store.Execute("DROP TABLE fm_out");
        store.Execute("UPDATE formalism_run SET finished_at = now() WHERE run_id = $1", runId);
        transaction.Commit();
        return runId;
    }
}
