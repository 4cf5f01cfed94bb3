using System.Collections.Concurrent;

namespace Analytics.Etl.Loading;

/// <summary>The unit codes the submissions of one run have delivered so far, each with the first submission
/// (by its place in the run) that delivered it; shared by the reading threads.</summary>
internal sealed class RunUnits
{
    private readonly ConcurrentDictionary<string, int> _firstBy = new(StringComparer.Ordinal);

    public void Delivered(string unitCode, int index) => _firstBy.AddOrUpdate(unitCode, index, (_, seen) => Math.Min(seen, index));

    public bool DeliveredBefore(string unitCode, int index) => _firstBy.TryGetValue(unitCode, out var first) && first < index;
}
