using Analytics.App.Configuration;
using Analytics.App.Jobs;
using Analytics.App.Serve;
using Analytics.App.Tests.Serve;
using Analytics.Warehouse.Checks;
using Microsoft.Extensions.Configuration;

namespace Analytics.App.Tests.Configuration;

/// <summary>A wrong setting stops a verb (and serve's start) with one sentence naming the key, the value
/// and what is allowed; one warehouse path for everything, the command line first.</summary>
public sealed class SettingsTests
{
    [Theory]
    [InlineData("Jobs:Workers", "-1", "Setting Jobs:Workers = '-1' is not allowed: 0 to 64 workers are allowed.")]
    [InlineData("Jobs:Storage", "mysql", "Setting Jobs:Storage = 'mysql' is not allowed: sqlite or postgres is allowed.")]
    [InlineData("Jobs:InvisibilityTimeout", "00:00:01",
        "Setting Jobs:InvisibilityTimeout = '00:00:01' is not allowed: 5 seconds to 12 hours is allowed.")]
    [InlineData("Jobs:Wrokers", "3",
        "Setting Jobs:Wrokers is not a setting of Jobs; its settings are Storage, Path, ConnectionStringVariable, " +
        "Schema, Landing, Workers, InvisibilityTimeout, FreshnessSchedule, BriefingSchedule, LandingRetentionDays, " +
        "LandingPurgeSchedule, TimeZone.")]
    [InlineData("Jobs:Workers", "two",
        "Setting Jobs:Workers cannot be read as a whole number; correct it in appsettings.json or its ANALYTICS__ variable.")]
    public void A_wrong_jobs_setting_is_one_sentence(string key, string value, string sentence)
    {
        var error = Assert.Throws<SettingsException>(() => With((key, value)).Get<JobSettings>(JobSettings.Section));
        Assert.Equal(sentence, error.Message);
    }

    [Fact]
    public void A_wrong_setting_stops_the_verb_that_reads_it_with_exit_1()
    {
        using var cli = new CliRunner();
        var error = new StringWriter();
        var exit = Cli.Run(["check", "--period", "2024", "--warehouse", cli.Warehouse],
            new CliConsole(TextWriter.Null, error) { Settings = With(("ExcellentQuota:Share", "1.5")) });
        Assert.Equal(
            (1, "error: Setting ExcellentQuota:Share = '1.5' is not allowed: a share between 0.01 and 1.0 is allowed.\n"),
            (exit, error.ToString()));
    }

    [Fact]
    public void The_one_quota_setting_reaches_the_checks()
    {
        using var cli = new CliRunner();
        Assert.Equal(0, cli.Run("ingest", Path.Combine(CliRunner.RepositoryRoot(), "samples")).Exit);
        string Findings(string share) => Run(cli, With(("ExcellentQuota:Share", share)), "check", "--period", "2024", "--rule", "R01");
        Assert.Empty(Rules(Findings("0.20")));
        Assert.Equal(["R01", "R01"], Rules(Findings("0.10")));   // a stricter quota: units over it
        Assert.Equal(4, Rules(Findings("0.05")).Count);
    }

    [Fact]
    public async Task Serve_will_not_start_with_the_dashboard_pointed_at_another_warehouse()
    {
        using var folder = new ServeFolder();
        var settings = folder.DropSource();
        settings["Dashboard:WarehousePath"] = "/elsewhere/other.duckdb";
        var error = await Assert.ThrowsAsync<ArgumentException>(() => ServeRunner.Start(folder.Root, settings));
        Assert.Equal("Setting Dashboard:WarehousePath = '/elsewhere/other.duckdb' is not allowed: the dashboard serves the warehouse of " +
            "Warehouse:Path (or --warehouse) and the briefings folder beside it; remove the key.", error.Message);
    }

    [Fact]
    public void The_warehouse_is_the_command_lines_else_Warehouse_Path()
    {
        var settings = With(("Warehouse:Path", "/srv/analytics/warehouse.duckdb"));
        Assert.Equal("/srv/analytics/warehouse.duckdb", settings.WarehousePath());
        Assert.Equal(Path.GetFullPath("other.duckdb"), settings.WarehousePath("other.duckdb"));
        Assert.Equal(new ServeSettings().Urls, new ServeOptions().Urls);
    }

    private static Settings With(params (string Key, string Value)[] values) =>
        new(new ConfigurationBuilder().AddInMemoryCollection(values.ToDictionary(v => v.Key, v => (string?)v.Value)).Build());

    private static string Run(CliRunner cli, Settings settings, params string[] args)
    {
        var output = new StringWriter();
        Assert.Equal(0, Cli.Run([.. args, "--warehouse", cli.Warehouse], new CliConsole(output, TextWriter.Null) { Settings = settings }));
        return output.ToString();
    }

    private static List<string> Rules(string csv) =>
        [.. csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')[0])];
}
