using Analytics.Etl.Sources;
using Hangfire;

namespace Analytics.App.Jobs;

/// <summary>The recurring purge of the landing area: raw deliveries as pulled (names, source ids) are
/// deleted <see cref="JobSettings.LandingRetentionDays"/> after landing, when the warehouse holds them
/// (<see cref="LandingRetention"/>). On the warehouse queue: it reads the warehouse's batches, and its one
/// worker never runs it beside a load of the folders it judges.</summary>
internal sealed class LandingPurgeJob(JobSettings settings, JobWarehouse warehouse, TimeProvider clock)
{
    /// <summary>The recurring job id.</summary>
    public const string RecurringId = "landing-purge";

    [Queue(JobQueues.Warehouse)]
    [AutomaticRetry(Attempts = 2, DelaysInSeconds = [60, 600])]
    [JobDisplayName("Purge landed deliveries past the retention")]
    public string Run()
    {
        var landing = settings.Landing
            ?? throw new ArgumentException("JobSettings.Landing must be resolved by the host (JobSettings.LandingFor)");
        using var store = warehouse.Connect();
        return new LandingRetention(landing, settings.LandingRetentionDays, clock).Purge(store).Summary(settings.LandingRetentionDays);
    }
}
