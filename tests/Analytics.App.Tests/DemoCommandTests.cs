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
        Assert.Matches(@"== quarantine: (\d+) bad rows planted, \1 quarantined, \1 matched — precision 1\.00, recall 1\.00", first.Out);
        var stats = cli.Run("stats", "--json").Out;

        var second = cli.Run("demo", "--no-serve", "--province", province, "--members", "3000");
        Assert.Equal(0, second.Exit);
        Assert.Contains("(already generated)", second.Out, StringComparison.Ordinal);
        Assert.Matches(@"\d+ submissions: 0 rows read, 0 loaded, 0 unchanged, 0 quarantined in ", second.Out);
        Assert.Equal(stats, cli.Run("stats", "--json").Out);
    }
}
