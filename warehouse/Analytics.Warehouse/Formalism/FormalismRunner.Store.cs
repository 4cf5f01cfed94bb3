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
        using (var features = store.Connection.CreateAppender("formalism_feature"))
        {
            foreach (var u in units)
                foreach (var name in FormalismFeatures.Names)
                    features.CreateRow().AppendValue(runId).AppendValue(u.Score.Period).AppendValue(u.Score.UnitCode).AppendValue(name)
                        .AppendValue(u.Features[name]).EndRow();
        }
        store.Execute("UPDATE formalism_run SET finished_at = now() WHERE run_id = $1", runId);
        transaction.Commit();
        return runId;
    }
}
