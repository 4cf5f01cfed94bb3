using Analytics.Warehouse.Checks;

namespace Analytics.Warehouse.Store;

/// <summary>Ties a run's pseudonym key to the warehouse (migration 013). The first run that holds a key
/// records its fingerprint; every later run must hold the same key or is refused before it changes
/// anything. A warehouse made before fingerprints is checked against the person keys it already holds
/// (a lost key file replaced by a new key would not match them), and its finding ids, unkeyed SHA-256
/// until then, are re-keyed in the same transaction that records the fingerprint: once, and all or
/// nothing, so the review history of every finding stays with it.</summary>
internal static class PseudonymKeyBinding
{
    private const string RecordedSql = "SELECT fingerprint FROM pseudonym_key ORDER BY bound_at LIMIT 1";
    private const string RecordSql = "INSERT INTO pseudonym_key (fingerprint, bound_at, findings_rekeyed) VALUES ($1, now(), $2)";

    // A few stored identities are enough: a different key gives different person keys for all of them.
    private const string SampleSql =
        "SELECT source_person_id, person_key FROM person_identity ORDER BY person_key, source_person_id LIMIT 16";

    private const string HoldsPersonsSql =
        "SELECT (SELECT count(*) FROM (SELECT 1 FROM person_identity LIMIT 1)) + (SELECT count(*) FROM (SELECT 1 FROM person LIMIT 1))";

    /// <summary>The recorded fingerprint, or null when no run has bound a key yet.</summary>
    public static string? Recorded(WarehouseStore store) => store.Rows(RecordedSql, r => r.GetString(0)).FirstOrDefault();

    /// <summary>Whether the warehouse already holds pseudonymised persons (a new key would split them).</summary>
    public static bool HoldsPersons(WarehouseStore store) => store.Scalar(HoldsPersonsSql) > 0;

    public static void Bind(WarehouseStore store, PseudonymKey key)
    {
        using var transaction = store.Connection.BeginTransaction();
        var recorded = Recorded(store);
        if (recorded is not null)
        {
            if (!string.Equals(recorded, key.Fingerprint, StringComparison.Ordinal))
                throw new PseudonymKeyMismatchException(store.Path, recorded, key.Fingerprint);
            return;
        }
        foreach (var (personId, personKey) in store.Rows(SampleSql, r => (r.GetString(0), r.GetInt64(1))).ToList())
            if (key.PersonKey(personId) != personKey) throw new PseudonymKeyMismatchException(store.Path, null, key.Fingerprint);
        var rekeyed = FindingIdentity.Rekey(store, key);
        store.Execute(RecordSql, key.Fingerprint, rekeyed);
        transaction.Commit();
    }
}
