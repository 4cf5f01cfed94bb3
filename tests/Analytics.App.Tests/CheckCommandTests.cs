namespace Analytics.App.Tests;

/// <summary>`analytics check` on the bundled sample: the one planted R03 case, in the columns of
/// docs/interchange.md, as CSV and as JSON; a re-run keeps the finding.</summary>
public sealed class CheckCommandTests
{
    [Fact]
    public void The_sample_yields_its_disciplined_member_as_csv_and_json()
    {
        using var cli = new CliRunner();
        cli.Run("ingest", Path.Combine(CliRunner.RepositoryRoot(), "samples"));
        var (exit, csv, err) = cli.Run("check", "--period", "2024");
        Assert.Equal(0, exit);
        Assert.Equal(
            "rule,rule_set,period,subject_kind,subject_id,unit_code,severity,message,regulation\n" +
            "R03,2023,2024,person,HB000034,HB-CB03,violation,bị kỷ luật (khiển trách) nhưng được xếp loại đảng viên HTNV," +
            "Hướng dẫn 21-HD/BTCTW; Quy định 124-QĐ/TW; Nghị định 48/2023/NĐ-CP\n",
            csv.ReplaceLineEndings("\n"));
        Assert.StartsWith(
            "2024 (rule set 2023, R01 R02 R03 R04 R05 R06 R07 R08 R09 R10 R11): 1 findings — 1 new, 0 still holding, 0 resolved by data",
            err, StringComparison.Ordinal);

        var json = cli.Run("check", "--period", "2024", "--rule", "R03", "--format", "json");
        Assert.Contains("\"subject_id\": \"HB000034\"", json.Out, StringComparison.Ordinal);
        Assert.Contains("1 findings — 0 new, 1 still holding", json.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_rule_is_a_usage_error()
    {
        using var cli = new CliRunner();
        var (exit, _, err) = cli.Run("check", "--period", "2024", "--rule", "R99");
        Assert.Equal(1, exit);
        Assert.Equal("error: unknown rule 'R99' (R01 … R11)", err.Trim());
    }
}
