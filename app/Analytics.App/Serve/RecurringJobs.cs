using Analytics.App.Jobs;
using Analytics.Etl.Sources;
using Hangfire;
using Hangfire.Storage;

namespace Analytics.App.Serve;

/// <summary>Every recurring job of the server, in one list: one pull per configured source (cron from
/// its Schedule) the daily freshness check, the quarterly briefing pack and the landing purge. A source removed from
/// configuration loses its job.
/// Runs missed while the server was down fire once at start-up (Hangfire's default); every job is
/// harmless when run twice.</summary>
internal static class RecurringJobs
{
    public static IReadOnlyList<string> Register(
        IRecurringJobManager manager, JobStorage storage, IReadOnlyList<SourceSettings> sources, JobSettings settings)
    {
        var options = new RecurringJobOptions { TimeZone = TimeZone(settings.TimeZone) };
        var ids = new List<string>();
        foreach (var source in sources)
        {
            var name = source.Name;
            Add($"source '{name}': Schedule", source.Schedule,
                () => manager.AddOrUpdate<IngestJob>(IngestJob.RecurringId(name), j => j.Start(name), source.Schedule, options));
            ids.Add(IngestJob.RecurringId(name));
        }
        Add("Jobs:FreshnessSchedule", settings.FreshnessSchedule,
            () => manager.AddOrUpdate<FreshnessJob>(FreshnessJob.RecurringId, j => j.Run(), settings.FreshnessSchedule, options));
        ids.Add(FreshnessJob.RecurringId);
        Add("Jobs:BriefingSchedule", settings.BriefingSchedule,
            () => manager.AddOrUpdate<BriefingJob>(BriefingJob.RecurringId, j => j.Write(), settings.BriefingSchedule, options));
        ids.Add(BriefingJob.RecurringId);
        if (settings.LandingRetentionDays < 1)
            throw new ArgumentException($"Jobs:LandingRetentionDays must be at least 1 (it is {settings.LandingRetentionDays}): " +
                "landed deliveries are purged that many days after landing");
        Add("Jobs:LandingPurgeSchedule", settings.LandingPurgeSchedule,
            () => manager.AddOrUpdate<LandingPurgeJob>(LandingPurgeJob.RecurringId, j => j.Run(), settings.LandingPurgeSchedule, options));
        ids.Add(LandingPurgeJob.RecurringId);

        using var connection = storage.GetConnection();
        foreach (var stale in connection.GetRecurringJobs().Select(j => j.Id)
            .Where(id => id.StartsWith("ingest:", StringComparison.Ordinal) && !ids.Contains(id)))
            manager.RemoveIfExists(stale);
        return ids;
    }

    private static void Add(string setting, string cron, Action add)
    {
        try
        {
            add();
        }
        catch (Exception e) when (e is FormatException or ArgumentException)
        {
            throw new ArgumentException($"{setting} '{cron}' is not a valid cron expression: {e.Message}", e);
        }
    }

    private static TimeZoneInfo TimeZone(string? id)
    {
        if (string.IsNullOrWhiteSpace(id)) return TimeZoneInfo.Local;
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (TimeZoneNotFoundException e)
        {
            throw new ArgumentException($"Jobs:TimeZone '{id}' is not a time zone this machine knows (e.g. Asia/Ho_Chi_Minh)", e);
        }
    }
}
