using Analytics.Warehouse.Checks;
using Analytics.Warehouse.Formalism;
using Hangfire;

namespace Analytics.App.Jobs;

/// <summary>The analysis of the rating periods a load touched, run as its continuation on the
/// warehouse queue: the regulation checks (as `analytics check` runs them) for each period, then the
/// formalism scoring of those periods (as `analytics formalism` runs it).</summary>
internal sealed class AnalysisJob(JobWarehouse warehouse, CheckSettings checks, FormalismSettings formalism, ExcellentQuota quota)
{
    [Queue(JobQueues.Warehouse)]
    [AutomaticRetry(Attempts = 2, DelaysInSeconds = [60, 600])]
    [JobDisplayName("Analyse the touched periods")]
    public string Analyse(string[] periods)
    {
        ArgumentNullException.ThrowIfNull(periods);
        using var store = warehouse.Connect();
        var done = new List<string>();
        var touched = periods.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        foreach (var period in touched)
        {
            var result = new CheckRunner(store, checks, quota).Run(period);
            done.Add($"{result.Period}: {result.Findings.Count} findings ({result.New} new, {result.ResolvedByData} resolved by data)");
        }
        if (touched.Count > 0)
        {
            var scored = new FormalismRunner(store, formalism, quota).Run(touched);
            done.Add($"formalism run {scored.RunId}: {scored.Scores.Count(s => !s.TooSmall)} units scored");
        }
        return string.Join("; ", done);
    }
}
