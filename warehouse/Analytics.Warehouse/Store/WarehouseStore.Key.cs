namespace Analytics.Warehouse.Store;

// The pseudonym key a run holds, bound to this warehouse (Store/PseudonymKeyBinding.cs): the checks key
// finding ids with it, the anonymised export keys record ids with it. A store without a key can read
// and load, but not store findings.
public sealed partial class WarehouseStore
{
    /// <summary>The key bound by <see cref="BindKey"/> (and inherited by <see cref="Connect"/>), or null.</summary>
    public PseudonymKey? Key { get; private set; }

    /// <summary>What the warehouse records of its key: the fingerprint (null before any run bound one), and
    /// whether it already holds pseudonymised persons, in which case only its own key may be used.</summary>
    public (string? Fingerprint, bool HoldsPersons) KeyState() =>
        (PseudonymKeyBinding.Recorded(this), PseudonymKeyBinding.HoldsPersons(this));

    /// <summary>Binds this run's pseudonym secret: records its fingerprint on first use (re-keying the finding
    /// ids of a warehouse made before that), and refuses a secret that is not the warehouse's own with a
    /// <see cref="PseudonymKeyMismatchException"/>, before anything is changed.</summary>
    public PseudonymKey BindKey(byte[] secret)
    {
        var key = new PseudonymKey(secret);
        PseudonymKeyBinding.Bind(this, key);
        Key = key;
        return key;
    }

    internal PseudonymKey RequireKey() => Key ?? throw new InvalidOperationException(
        $"{Path}: no pseudonym key is bound to this store; findings are keyed with it (bind it with BindKey first)");
}
