using Analytics.App.Jobs;
using Analytics.App.Serve;
using Analytics.App.Tests.Serve;
using Analytics.Warehouse.Trends;

namespace Analytics.App.Tests.Jobs;

/// <summary>The quarterly briefing job writes the pack of the quarter that has just ended beside the
/// warehouse, where the dashboard lists it.</summary>
[Collection(ServeCollection.Name)]
public sealed class BriefingJobTests
{
    [Theory]
    [InlineData(2026, 1, 1, 2025, 4)]
    [InlineData(2026, 3, 31, 2025, 4)]
    [InlineData(2026, 4, 1, 2026, 1)]
    [InlineData(2026, 12, 31, 2026, 3)]
    public void The_quarter_ended_is_the_one_before_today_s(int year, int month, int day, int endedYear, int endedNo) =>
        Assert.Equal(new Quarter(endedYear, endedNo), BriefingJob.QuarterEnded(new DateOnly(year, month, day)));

    [Fact]
    public async Task The_job_writes_the_pack_of_the_quarter_just_ended()
    {
        using var folder = new ServeFolder();
        using (var cli = new StringWriter())
            Assert.Equal(
                0, Cli.Run(["ingest", folder.Deliver("xa-tan-phu"), "--source", "drop", "--warehouse", folder.Warehouse], cli, cli));
        var january2025 = new FixedClock(new DateTimeOffset(2025, 1, 1, 7, 0, 0, TimeSpan.Zero));
        var settings = folder.DropSource(expected: ["TP-DU"]);
        settings["Briefing:Soffice"] = Path.Combine(folder.Root, "no-libreoffice");   // briefing.pdf is tested with LibreOffice elsewhere
        await using var serve = await ServeRunner.Start(folder.Root, settings, january2025);

        var job = serve.Trigger("briefing");
        await serve.WaitForSucceeded(1);
        var pack = Path.Combine(folder.Root, "briefings", "2024-Q4");
        var zip = Path.Combine(pack, "briefing-2024-Q4.zip");
        Assert.True(File.Exists(Path.Combine(pack, "briefing.html")));
        Assert.True(File.Exists(Path.Combine(pack, "briefing.docx")));   // with the Briefing section's names, as brief writes it
        Assert.False(File.Exists(Path.Combine(pack, "briefing.pdf")));
        Assert.True(File.Exists(zip));
        Assert.EndsWith($"2024-Q4: 17 files, {zip}\"", serve.Result(job), StringComparison.Ordinal);
    }
}
