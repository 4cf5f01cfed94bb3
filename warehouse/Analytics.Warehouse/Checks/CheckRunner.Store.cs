using Analytics.Warehouse.Store;

namespace Analytics.Warehouse.Checks;

// Storing a run's findings with stable identities (FindingIdentity, keyed) and the review workflow preserved.
public sealed partial class CheckRunner
{
    internal const string Upsert = """
        INSERT INTO finding (finding_id, rule, rule_set, period, subject_kind, subject_id, unit_code, severity, message,
                             regulation, evidence, first_run, last_run, holds)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12, true)
        ON CONFLICT (finding_id) DO UPDATE SET
            rule_set = excluded.rule_set, severity = excluded.severity, message = excluded.message,
            regulation = excluded.regulation, evidence = excluded.evidence, last_run = excluded.last_run, holds = true
        """;

    private (long RunId, int New, int Holding, int Resolved) Store(
        PseudonymKey key, CheckPeriod period, IReadOnlyList<string> rules, IReadOnlyList<Finding> findings)
    {
        using var transaction = store.Connection.BeginTransaction();
        var runId = store.Scalar("SELECT coalesce(max(run_id), 0) + 1 FROM check_run");
        store.Execute("INSERT INTO check_run VALUES ($1, now(), NULL, [$2], $3::VARCHAR[])", runId, period.Code, rules.ToArray());
        var known = store.Rows("SELECT finding_id FROM finding WHERE period = $1", r => r.GetString(0), period.Code)
            .ToHashSet(StringComparer.Ordinal);
        int added = 0, holding = 0;
        foreach (var f in findings.DistinctBy(f => FindingIdentity.Of(key, f)))
        {
            var id = FindingIdentity.Of(key, f);
            if (known.Contains(id)) holding++; else added++;
            store.Execute(Upsert, id, f.Rule, f.RuleSet, f.Period, f.SubjectKind, f.SubjectId, f.UnitCode, f.Severity, f.Message,
                f.Regulation, f.Evidence, runId);
        }
        var resolved = store.Execute(
            "UPDATE finding SET holds = false WHERE period = $1 AND list_contains($2::VARCHAR[], rule) AND last_run <> $3 AND holds",
            period.Code, rules.ToArray(), runId);
        store.Execute("UPDATE check_run SET finished_at = now() WHERE run_id = $1", runId);
        transaction.Commit();
        return (runId, added, holding, resolved);
    }
}
