namespace Analytics.App.Tests;

/// <summary>`analytics demo --no-serve`: generate (if absent) → ingest → evaluate → counts; a second
/// run changes nothing. A small province keeps the test quick; the README gives the default-size timing.</summary>
public sealed class DemoCommandTests
{
    [Fact]
    public void Demo_generates_ingests_and_evaluates_and_a_second_run_changes_nothing()
    {
        using var cli = new CliRunner();
        var province = Path.Combine(cli.Root, "province");
        var first = cli.Run("demo", "--no-serve", "--province", province, "--members", "3000");
        Assert.Equal(0, first.Exit);
        Assert.Contains("== generating the synthetic province into ", first.Out, StringComparison.Ordinal);
        Assert.Contains("== against the planted truth", first.Out, StringComparison.Ordinal);
        // One commune comes through `pull` from SQLite.
        Assert.Matches(@"moved xa-[a-z-]+ \([0-9,]+ rows\) into the SQLite source ", first.Out);
        Assert.Matches(@"bloc-sqlite: 1 submissions \(1 loaded\), [0-9,]+ rows loaded, periods 2021, ", first.Out);
        Assert.Matches(@"== quarantine: (\d+) bad rows planted, \1 quarantined, \1 matched — precision 1\.00, recall 1\.00", first.Out);
        // Every rule finds exactly what was planted: precision = recall = 1.00, and at least one planted.
        foreach (var rule in new[] { "R01", "R02", "R03", "R04", "R05", "R06", "R07", "R08", "R09", "R10", "R11" })
            Assert.Matches($@"\n{rule} +([1-9]\d*) +\1 +\1 +1\.00 +1\.00\n", first.Out.ReplaceLineEndings("\n"));
        var pack = Path.Combine(cli.Root, "briefings", "2025-Q4");
        Assert.Contains("== briefing pack for the latest quarter with data, 2025-Q4", first.Out, StringComparison.Ordinal);
        Assert.Contains($"  {Path.Combine(pack, "briefing.html")}", first.Out, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(pack, "briefing-2025-Q4.zip")));
        var stats = cli.Run("stats", "--json").Out;

        var second = cli.Run("demo", "--no-serve", "--province", province, "--members", "3000");
        Assert.Equal(0, second.Exit);
        Assert.Contains("(already generated)", second.Out, StringComparison.Ordinal);
        Assert.Matches(@"\d+ submissions: 0 rows read, 0 loaded, 0 unchanged, 0 quarantined in ", second.Out);
        Assert.Contains("bloc-sqlite: 0 submissions (0 loaded), 0 rows loaded, watermark 1 in ", second.Out, StringComparison.Ordinal);
        Assert.Equal(stats, cli.Run("stats", "--json").Out);
        Assert.Contains("0 new, ", second.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_province_generated_with_nothing_planted_yields_no_finding()
    {
        using var cli = new CliRunner();
        var province = Path.Combine(cli.Root, "clean");
        Assert.Equal(0, cli.Run("generate", "--out", province, "--members", "3000", "--clean").Exit);
        Assert.Equal(0, cli.Run("ingest", province).Exit);
        var (exit, csv, err) = cli.Run("check", "--period", "2021", "2022", "2023", "2024", "2025");
        Assert.Equal(0, exit);
        Assert.Equal(CheckCommandTestsHeader + "\n", csv.ReplaceLineEndings("\n"));
        Assert.Equal(5, err.Split('\n').Count(l => l.Contains(": 0 findings — ", StringComparison.Ordinal)));
    }

    private const string CheckCommandTestsHeader = "rule,rule_set,period,subject_kind,subject_id,unit_code,severity,message,regulation";
}
