namespace Analytics.App.Tests;

/// <summary>`analytics ingest`, `rejects` and `stats` as a user runs them.</summary>
public sealed class IngestCommandTests
{
    private static void TwoSubmissions(CliRunner cli)
    {
        cli.Write("drop/a/units.csv", "unit_code,unit_name,unit_kind\nCB01,Chi bộ 1,party_cell");
        cli.Write("drop/a/ratings.csv", "record_id,period,subject_kind,subject_id,unit_code,role,channel,level\n" +
            "A1,2024,person,DV1,CB01,party_member,final,HTTNV\nA2,2024,person,DV2,CB01,party_member,final,HTTTNV");
        cli.Write("drop/nested/b/units.csv", "unit_code,unit_name,unit_kind\nCB02,\"Chi bộ 2, thôn Đông\",party_cell");
        cli.Write("drop/nested/b/people.csv", "person_id,full_name\nDV3,Lê Văn Cường");
    }

    [Fact]
    public void Ingest_finds_submissions_recursively_and_reports_each()
    {
        using var cli = new CliRunner();
        TwoSubmissions(cli);
        var (exit, output, _) = cli.Run("ingest", Path.Combine(cli.Root, "drop"));
        Assert.Equal(0, exit);
        var lines = output.Split('\n');
        Assert.StartsWith("a: batch 1: 3 rows read, 2 loaded, 0 unchanged, 1 quarantined in ", lines[0], StringComparison.Ordinal);
        Assert.Contains(
            lines, l => l.StartsWith("b: batch 2: 2 rows read, 2 loaded, 0 unchanged, 0 quarantined in ", StringComparison.Ordinal));

        var stats = cli.Run("stats", "--json");
        Assert.Equal("{\"units\":2,\"people\":1,\"positions\":0,\"ratings\":1,\"summaries\":0,\"residence\":0}", stats.Out.Trim());

        var again = cli.Run("ingest", Path.Combine(cli.Root, "drop"));
        Assert.Equal(0, again.Exit);
        Assert.StartsWith("a: unchanged — the same content was loaded as batch 1 (", again.Out, StringComparison.Ordinal);
        Assert.Equal(stats.Out, cli.Run("stats", "--json").Out);
    }

    [Fact]
    public void Rejects_lists_the_quarantine_as_csv()
    {
        using var cli = new CliRunner();
        TwoSubmissions(cli);
        cli.Run("ingest", Path.Combine(cli.Root, "drop"));
        var file = Path.Combine(cli.Root, "rejects.csv");
        Assert.Equal(0, cli.Run("rejects", "--out", file).Exit);
        Assert.Equal(
            "batch,file,record_kind,line,column,reason,message\n" +
            "1,ratings.csv,ratings,3,level,UNKNOWN_LEVEL,level 'HTTTNV' is not a known level; did you mean HTTNV?\n",
            File.ReadAllText(file));
    }

    [Fact]
    public void An_unreadable_submission_exits_2_and_the_others_still_load()
    {
        using var cli = new CliRunner();
        TwoSubmissions(cli);
        cli.Write("drop/c/units.csv", "unit_name,unit_kind\nChi bộ 3,party_cell");
        var (exit, output, _) = cli.Run("ingest", Path.Combine(cli.Root, "drop"));
        Assert.Equal(2, exit);
        Assert.Contains(
            "c: REJECTED (batch 2) — units.csv: the header has no column for required 'unit_code' (header: unit_name,unit_kind)",
            output, StringComparison.Ordinal);
        Assert.Equal(
            "{\"units\":2,\"people\":1,\"positions\":0,\"ratings\":1,\"summaries\":0,\"residence\":0}",
            cli.Run("stats", "--json").Out.Trim());
    }

    [Fact]
    public void A_missing_path_is_a_usage_error_naming_it()
    {
        using var cli = new CliRunner();
        var (exit, _, err) = cli.Run("ingest", Path.Combine(cli.Root, "nowhere"));
        Assert.Equal(1, exit);
        Assert.Equal($"error: {Path.Combine(cli.Root, "nowhere")}: no such file or folder", err.Trim());
    }
}
