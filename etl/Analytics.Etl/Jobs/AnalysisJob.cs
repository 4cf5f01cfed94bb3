using Analytics.Warehouse.Checks;
using Hangfire;

namespace Analytics.Etl.Jobs;

/// <summary>The analysis of the rating periods a load touched, run as its continuation on the
/// warehouse queue: the regulation checks (as `analytics check` runs them) for each period.</summary>
public sealed class AnalysisJob(JobWarehouse warehouse, CheckSettings checks)
{
    [Queue(JobQueues.Warehouse)]
    [AutomaticRetry(Attempts = 2, DelaysInSeconds = [60, 600])]
    [JobDisplayName("Analyse the touched periods")]
    public string Analyse(string[] periods)
    {
        ArgumentNullException.ThrowIfNull(periods);
        using var store = warehouse.Connect();
        var done = new List<string>();
        foreach (var period in periods.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var result = new CheckRunner(store, checks).Run(period);
            done.Add($"{result.Period}: {result.Findings.Count} findings ({result.New} new, {result.ResolvedByData} resolved by data)");
            // Formalism scoring of the same period joins here.
        }
        return string.Join("; ", done);
    }
}
