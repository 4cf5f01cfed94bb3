using Analytics.Etl.Sources;
using Analytics.Warehouse.Checks;
using Hangfire;

namespace Analytics.App.Jobs;

/// <summary>The recurring freshness check: for every source with expected units and freshness days,
/// R11 for each expected unit that has delivered no rating of the latest year whose deadline
/// (31 December + FreshnessDays) has passed, and re-checks the years of its open findings so that a
/// late delivery resolves them (<see cref="FreshnessCheck"/>).</summary>
internal sealed class FreshnessJob(IReadOnlyList<SourceSettings> sources, JobWarehouse warehouse, TimeProvider clock)
{
    /// <summary>The recurring job id.</summary>
    public const string RecurringId = "freshness";

    [Queue(JobQueues.Warehouse)]
    [AutomaticRetry(Attempts = 2, DelaysInSeconds = [60, 600])]
    [JobDisplayName("Freshness of the sources (R11)")]
    public string Run()
    {
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        using var store = warehouse.Connect();
        var check = new FreshnessCheck(store);
        var done = new List<string>();
        foreach (var source in sources.Where(s => s.ExpectedUnits.Length > 0 && s.FreshnessDays > 0))
        {
            var days = (int)Math.Ceiling(source.FreshnessDays);
            var (due, _) = FreshnessCheck.DueYear(today, days);
            foreach (var period in check.OpenPeriods(source.Name).Append(due)
                .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
            {
                var deadline = FreshnessCheck.Deadline(int.Parse(period, System.Globalization.CultureInfo.InvariantCulture), days);
                var result = check.Run(source.Name, source.ExpectedUnits, period, deadline);
                done.Add($"{source.Name} {period}: {result.Findings.Count} of {source.ExpectedUnits.Length} expected units missing " +
                    $"({result.New} new), {result.ResolvedByData} resolved by data");
            }
        }
        return done.Count == 0 ? "no source has expected units and freshness days" : string.Join("; ", done);
    }
}
