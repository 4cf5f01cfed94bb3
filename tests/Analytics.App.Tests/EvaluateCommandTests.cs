using Analytics.Warehouse.Store;

namespace Analytics.App.Tests;

/// <summary>`analytics evaluate` scores the quarantine, the findings and the formalism ranking against
/// a truth file, and exits 3 below a bar.</summary>
public sealed class EvaluateCommandTests
{
    private const string Truth = """
        {"seed": 1, "planted": true,
         "violations": [
           {"rule": "R03", "period": "2024", "subject_kind": "person", "subject_id": "TP000117", "unit_code": "TP-CB02"},
           {"rule": "R03", "period": "2024", "subject_kind": "person", "subject_id": "HB000071", "unit_code": "HB-CB05"},
           {"rule": "R06", "period": "2024", "subject_kind": "person", "subject_id": "TP000001", "unit_code": "TP-BTV"}],
         "formalism": [
           {"period": "2024", "unit_code": "TP-CB04", "signals": ["rubber_stamp"]},
           {"period": "2024", "unit_code": "HB-CB02", "signals": ["boilerplate"]}],
         "bad_rows": [
           {"submission": "xa-tan-phu", "file": "ratings.csv", "line": 374, "reason": "UNKNOWN_LEVEL"},
           {"submission": "xa-hoa-binh", "file": "ratings.csv", "line": 352, "reason": "BAD_PERIOD"}]}
        """;

    private static CliRunner Ingested()
    {
        var cli = new CliRunner();
        cli.Run("ingest", Path.Combine(CliRunner.RepositoryRoot(), "samples"));
        cli.Write("truth.json", Truth);
        return cli;
    }

    [Fact]
    public void Before_any_check_only_the_quarantine_is_evaluated()
    {
        using var cli = Ingested();
        var (exit, output, _) = cli.Run("evaluate", "--truth", Path.Combine(cli.Root, "truth.json"));
        Assert.Equal(0, exit);
        Assert.Equal(
            "== quarantine: 2 bad rows planted, 2 quarantined, 2 matched — precision 1.00, recall 1.00\n" +
            "== checks: not run yet (`analytics check`), not evaluated\n" +
            "== formalism: not run yet (`analytics formalism`), not evaluated\n",
            output.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Findings_and_scores_are_compared_rule_by_rule_and_a_miss_exits_3()
    {
        using var cli = Ingested();
        using (var store = WarehouseStore.Open(cli.Warehouse))
        {
            store.Execute("INSERT INTO check_run VALUES (1, now(), now(), ['2024'], ['R03', 'R06'])");
            store.Execute("""
                INSERT INTO finding (finding_id, rule, rule_set, period, subject_kind, subject_id, unit_code, severity, message,
                                     regulation, first_run, last_run, holds) VALUES
                ('a', 'R03', '2023', '2024', 'person', 'TP000117', 'TP-CB02', 'violation', 'm', 'r', 1, 1, true),
                ('b', 'R06', '2023', '2024', 'person', 'TP000001', 'TP-BTV', 'violation', 'm', 'r', 1, 1, true),
                ('c', 'R06', '2023', '2024', 'person', 'TP000009', 'TP-BTV', 'violation', 'm', 'r', 1, 1, true),
                ('d', 'R03', '2023', '2024', 'person', 'HB000001', 'HB-CB01', 'violation', 'm', 'r', 1, 1, false)
                """);
            store.Execute("INSERT INTO formalism_run VALUES (1, now(), now(), ['2024'], 'test')");
            store.Execute("""
                INSERT INTO formalism_score VALUES
                (1, '2024', 'TP-CB04', 0.9, 1, 'rubber_stamp', false, 'test'),
                (1, '2024', 'TP-CB01', 0.8, 2, 'inflation', false, 'test'),
                (1, '2024', 'HB-CB02', 0.7, 3, 'boilerplate', false, 'test'),
                (1, '2024', 'HB-CB01', 0.1, 4, '', false, 'test')
                """);
        }
        var (exit, output, _) = cli.Run("evaluate", "--truth", Path.Combine(cli.Root, "truth.json"));
        Assert.Equal(3, exit);
        var lines = output.ReplaceLineEndings("\n").Split('\n');
        Assert.Equal("R03         2      1        1       1.00    0.50", lines[5]);
        Assert.Equal("R06         1      2        1       0.50    1.00", lines[8]);
        Assert.Equal("R01         0      0        0       1.00    1.00", lines[3]);
        Assert.Equal("== formalism: 2 planted units, 4 scored — precision@2 0.50, AUC 0.75", lines[14]);
        Assert.Equal("below the bar: R03, R06, formalism precision@k", lines[15]);
    }
}
