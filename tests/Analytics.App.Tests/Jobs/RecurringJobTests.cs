using Analytics.App.Jobs;
using Analytics.App.Tests.Serve;

namespace Analytics.App.Tests.Jobs;

/// <summary>One recurring pull per configured source with the source's cron, the freshness, briefing and landing purge jobs, and a
/// source removed from configuration loses its job.</summary>
[Collection(ServeCollection.Name)]
public sealed class RecurringJobTests
{
    [Fact]
    public async Task Each_source_gets_a_recurring_pull_with_its_schedule()
    {
        using var folder = new ServeFolder();
        var settings = folder.DropSource("*/5 * * * *");
        settings["Sources:1:Name"] = "personnel";
        settings["Sources:1:Kind"] = "sqlite";
        settings["Sources:1:Path"] = Path.Combine(folder.Root, "personnel.db");
        settings["Sources:1:Queries:ratings"] = "SELECT * FROM ratings";
        settings["Sources:1:Schedule"] = "15 2 * * 1";
        settings["Jobs:FreshnessSchedule"] = "0 7 * * *";
        await using (var serve = await ServeRunner.Start(folder.Root, settings))
        {
            Assert.Equal(
                [("briefing", "0 7 1 1,4,7,10 *", "Write"), ("freshness", "0 7 * * *", "Run"), ("ingest:drop", "*/5 * * * *", "Start"),
                 ("ingest:personnel", "15 2 * * 1", "Start"), ("landing-purge", "30 3 * * *", "Run")],
                serve.RecurringJobs().OrderBy(j => j.Id, StringComparer.Ordinal).Select(j => (j.Id, j.Cron, j.Job.Method.Name)));
            Assert.Equal(["drop"], serve.RecurringJobs().Single(j => j.Id == "ingest:drop").Job.Args);
        }

        settings.Remove("Sources:1:Name");
        foreach (var key in settings.Keys.Where(k => k.StartsWith("Sources:1:", StringComparison.Ordinal)).ToList()) settings.Remove(key);
        await using (var again = await ServeRunner.Start(folder.Root, settings))
            Assert.Equal(["briefing", "freshness", "ingest:drop", "landing-purge"],
                again.RecurringJobs().Select(j => j.Id).Order(StringComparer.Ordinal));
    }
}
