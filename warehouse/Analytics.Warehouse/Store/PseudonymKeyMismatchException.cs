namespace Analytics.Warehouse.Store;

/// <summary>A run holds another pseudonym key than the one the warehouse was loaded with: going on would
/// give every member a second key and split their history, so the run stops before changing anything.</summary>
public sealed class PseudonymKeyMismatchException : InvalidOperationException
{
    public PseudonymKeyMismatchException()
    {
    }

    public PseudonymKeyMismatchException(string message) : base(message)
    {
    }

    public PseudonymKeyMismatchException(string message, Exception inner) : base(message, inner)
    {
    }

    internal PseudonymKeyMismatchException(string warehouse, string? recorded, string offered)
        : base(recorded is null
            ? $"{warehouse}: its person keys were made with another pseudonym key than this run's (fingerprint {offered[..12]})"
            : $"{warehouse}: it was loaded with the pseudonym key of fingerprint {recorded[..12]}, this run holds {offered[..12]}")
    {
        Recorded = recorded;
        Offered = offered;
    }

    /// <summary>The fingerprint the warehouse records; null for a warehouse made before fingerprints, whose
    /// stored person keys disagree with this run's key.</summary>
    public string? Recorded { get; }

    /// <summary>The fingerprint of this run's key.</summary>
    public string Offered { get; } = "";
}
