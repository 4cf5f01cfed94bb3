using Analytics.App.Commands;
using Analytics.App.Serve;
using Analytics.Dashboards.Briefing;
using Analytics.Etl.Sources;
using Analytics.Warehouse.Checks;
using Analytics.Warehouse.Trends;
using Hangfire;

namespace Analytics.App.Jobs;

/// <summary>The quarterly briefing job: at the start of each quarter (Jobs:BriefingSchedule) it writes
/// the pack of the quarter that has just ended into briefings/QUARTER beside the warehouse, where the
/// dashboard's briefings page lists it. It runs on the warehouse queue because only the server that
/// holds the warehouse can read it; it only reads. Run twice, it rewrites the same pack. briefing.docx
/// carries the Briefing section's names, as `analytics brief` does.</summary>
internal sealed class BriefingJob(
    JobWarehouse warehouse, ServeOptions options, IReadOnlyList<SourceSettings> sources, ExcellentQuota quota, BriefingSettings document,
    TimeProvider clock)
{
    /// <summary>The recurring job id.</summary>
    public const string RecurringId = "briefing";

    [Queue(JobQueues.Warehouse)]
    [AutomaticRetry(Attempts = 2, DelaysInSeconds = [300, 3600])]
    [JobDisplayName("Quarterly briefing pack")]
    public string Write()
    {
        var quarter = QuarterEnded(DateOnly.FromDateTime(clock.GetLocalNow().DateTime)).ToString();
        using var store = warehouse.Connect();
        var result = BriefingPack.Write(store, quarter, BriefCommand.DefaultFolder(options.Warehouse, quarter), new BriefingOptions
        {
            ExcellentQuota = quota.Share,
            Expectations = SourceExpectations.From(sources),
            Document = document,
            WritePdf = true,   // briefing.pdf when LibreOffice is there; the pack is whole without it
        });
        return $"{result.Quarter}: {result.Files.Count} files, {result.ZipPath}";
    }

    /// <summary>The last quarter that has fully ended on <paramref name="today"/>.</summary>
    internal static Quarter QuarterEnded(DateOnly today) => new Quarter(today.Year, (today.Month - 1) / 3 + 1).Previous;
}
