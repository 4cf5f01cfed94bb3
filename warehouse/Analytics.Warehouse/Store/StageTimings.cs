using System.Diagnostics;

namespace Analytics.Warehouse.Store;

/// <summary>Where the time of an ingest goes, stage by stage (hash, decode and validate, append, set checks,
/// merges, commit …): the time each stage took, summed over the threads that ran it, and how often it ran.
/// Thread-safe; what `ingest --timings` and the ingest benchmarks print.</summary>
public sealed class StageTimings
{
    private readonly Lock _gate = new();
    private readonly List<string> _order = [];
    private readonly Dictionary<string, (long Ticks, long Count)> _totals = new(StringComparer.Ordinal);

    /// <summary>Adds the time since <paramref name="startTimestamp"/> (a <see cref="Stopwatch.GetTimestamp"/>) to a stage.</summary>
    public void Since(string stage, long startTimestamp) => Add(stage, Stopwatch.GetTimestamp() - startTimestamp);

    /// <summary>Adds elapsed <see cref="Stopwatch"/> ticks to a stage.</summary>
    public void Add(string stage, long stopwatchTicks)
    {
        lock (_gate)
        {
            if (!_totals.TryGetValue(stage, out var total)) _order.Add(stage);
            _totals[stage] = (total.Ticks + stopwatchTicks, total.Count + 1);
        }
    }

    /// <summary>Every stage in the order it first ran: its summed time and how many times it ran.</summary>
    public IReadOnlyList<(string Stage, TimeSpan Elapsed, long Count)> Stages()
    {
        lock (_gate)
        {
            return [.. _order.Select(s => (s, Stopwatch.GetElapsedTime(0, _totals[s].Ticks), _totals[s].Count))];
        }
    }
}
