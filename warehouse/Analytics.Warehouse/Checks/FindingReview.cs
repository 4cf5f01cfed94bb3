using Analytics.Warehouse.Store;

namespace Analytics.Warehouse.Checks;

/// <summary>The review workflow of a finding (docs/architecture.md "Outputs"): new → acknowledged → resolved,
/// with who, when and a note. The finding row keeps the latest status (the check runner never
/// touches it, so it survives re-checks); every change is also one row of finding_event.</summary>
public static class FindingReview
{
    /// <summary>The statuses a finding can be in, in workflow order.</summary>
    public static IReadOnlyList<string> Statuses { get; } = ["new", "acknowledged", "resolved"];

    // The area scope is part of the statement: an area analyst cannot touch another area's finding
    // even with a forged request (no row matches, nothing changes).
    private const string Update = """
        UPDATE finding SET status = $2, status_by = $3, status_at = $4, status_note = $5
        WHERE finding_id = $1
          AND ($6::VARCHAR[] IS NULL OR unit_code IN (
                SELECT unit_code FROM unit_observation
                QUALIFY row_number() OVER (PARTITION BY unit_code ORDER BY valid_from DESC NULLS LAST, batch_id DESC, line DESC) = 1
                    AND list_contains($6::VARCHAR[], area_code)))
        RETURNING 1
        """;

    private const string Insert = """
        INSERT INTO finding_event (finding_id, previous_status, status, by_user, changed_at, note) VALUES ($1, $2, $3, $4, $5, $6)
        """;

    /// <summary>Moves a finding to <paramref name="status"/> as <paramref name="user"/>, now, with a note
    /// (required to resolve). False when no finding of that id is within <paramref name="areaScope"/>
    /// (null: every area).</summary>
    public static bool Review(WarehouseStore store, string findingId, string status, string user, string? note,
        IReadOnlyCollection<string>? areaScope, DateTime? at = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentException.ThrowIfNullOrWhiteSpace(findingId);
        ArgumentException.ThrowIfNullOrWhiteSpace(user);
        if (!Statuses.Contains(status))
            throw new ArgumentException($"status '{status}' is not one of {string.Join(", ", Statuses)}", nameof(status));
        note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (status == "resolved" && note is null) throw new ArgumentException("a finding is resolved with a note saying how", nameof(note));
        var when = at ?? DateTime.UtcNow;
        var scope = areaScope?.ToArray();

        using var transaction = store.Connection.BeginTransaction();
        var previous = store.Rows("SELECT status FROM finding WHERE finding_id = $1", r => r.GetString(0), findingId).FirstOrDefault();
        if (previous is null) return false;
        var changed = store.Rows(Update, r => 1, findingId, status, user, when, note, scope).Count();
        if (changed == 0) return false;
        store.Execute(Insert, findingId, previous, status, user, when, note);
        transaction.Commit();
        return true;
    }
}
