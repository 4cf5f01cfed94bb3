using Analytics.App.Jobs;
using Analytics.App.Tests.Serve;

namespace Analytics.App.Tests.Jobs;

/// <summary>The freshness job raises R11 for an expected unit that delivered nothing through its
/// source by the deadline, and not for one that did; its run stays in the job history across a
/// restart of the server.</summary>
[Collection(ServeCollection.Name)]
public sealed class FreshnessJobTests
{
    private static readonly FixedClock June2025 = new(new DateTimeOffset(2025, 6, 1, 8, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task An_expected_unit_that_did_not_deliver_is_r11_and_one_that_did_is_not()
    {
        using var folder = new ServeFolder();
        using (var cli = new StringWriter())
            Assert.Equal(
                0, Cli.Run(["ingest", folder.Deliver("xa-tan-phu"), "--source", "drop", "--warehouse", folder.Warehouse], cli, cli));
        await using var serve = await ServeRunner.Start(folder.Root, folder.DropSource(expected: ["TP-DU", "HB-DU"]), June2025);

        var job = serve.Trigger("freshness");
        await serve.WaitForSucceeded(1);
        var findings = serve.Read(s => s.Rows(
            "SELECT rule, period, subject_id, unit_code, message, status, holds FROM finding ORDER BY finding_id",
            r => (r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5), r.GetBoolean(6)))
            .ToList());
        Assert.Equal(
            [("R11", "2024", "HB-DU", "HB-DU", "chưa nộp kết quả xếp loại năm 2024 qua nguồn 'drop' đến hạn 01/03/2025", "new", true)],
            findings);
        Assert.Equal("\"drop 2024: 1 of 2 expected units missing (1 new), 0 resolved by data\"", serve.Result(job));
    }

    [Fact]
    public async Task Job_history_survives_a_restart_of_the_server()
    {
        using var folder = new ServeFolder();
        var settings = folder.DropSource(expected: ["HB-DU"]);
        string job;
        await using (var first = await ServeRunner.Start(folder.Root, settings, June2025))
        {
            job = first.Trigger("freshness");
            await first.WaitForSucceeded(1);
        }
        await using var second = await ServeRunner.Start(folder.Root, settings, June2025);
        var monitoring = second.Storage.GetMonitoringApi();
        Assert.Equal(1, monitoring.SucceededListCount());
        Assert.Equal(["Succeeded", "Processing", "Enqueued"], monitoring.JobDetails(job).History.Select(h => h.StateName));
        Assert.Equal(job, second.RecurringJobs().Single(j => j.Id == "freshness").LastJobId);
        Assert.True(File.Exists(Path.Combine(folder.Root, "jobs.db")));
    }
}
