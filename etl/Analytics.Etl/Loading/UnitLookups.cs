namespace Analytics.Etl.Loading;

/// <summary>The units one submission's rows may reference while a reading thread validates it: the registry
/// as the run found it, the submission's own units, and the units of the submissions before it in the run
/// (as far as they have been read). It records the references that leaned on another submission and those
/// that found no unit, so that at the submission's turn the writer can confirm that loading the submissions
/// one after another would have judged every reference the same (<see cref="StandAgainst"/>), or validate
/// the submission again.</summary>
internal sealed class UnitLookups(IReadOnlySet<string> registry, RunUnits run, int index)
{
    private readonly HashSet<string> _borrowed = new(StringComparer.Ordinal);
    private readonly HashSet<string> _missing = new(StringComparer.Ordinal);

    /// <summary>The units this submission delivers.</summary>
    public HashSet<string> Own { get; } = new(StringComparer.Ordinal);

    public void Deliver(string unitCode)
    {
        if (Own.Add(unitCode)) run.Delivered(unitCode, index);
    }

    public bool IsKnown(string unitCode)
    {
        if (registry.Contains(unitCode) || Own.Contains(unitCode)) return true;
        if (run.DeliveredBefore(unitCode, index))
        {
            _borrowed.Add(unitCode);
            return true;
        }
        _missing.Add(unitCode);
        return false;
    }

    /// <summary>Whether every reference is judged the same against <paramref name="known"/>, the units in
    /// the warehouse (or earlier in the transaction) at the submission's turn.</summary>
    public bool StandAgainst(IReadOnlySet<string> known) => _borrowed.All(known.Contains) && !_missing.Any(known.Contains);
}
