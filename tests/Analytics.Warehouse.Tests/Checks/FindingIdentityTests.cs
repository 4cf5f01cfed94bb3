using System.Security.Cryptography;
using System.Text;
using Analytics.Warehouse.Checks;
using Analytics.Warehouse.Store;
using Analytics.Warehouse.Tests.Helpers;

namespace Analytics.Warehouse.Tests.Checks;

/// <summary>Finding ids are keyed with the warehouse's secret (a viewer cannot test guessed member ids
/// against them), stay the same across re-runs, and a warehouse made before keyed ids has its ids — and
/// their review history — re-keyed once when a run first binds its key.</summary>
public sealed class FindingIdentityTests
{
    [Fact]
    public void A_stored_finding_id_is_the_keyed_mac_of_its_identity_not_a_plain_hash()
    {
        using var p = new RatedProvince().UnitRating("DU", 3).UnitRating("UB", 1);
        var finding = Assert.Single(p.Check("R09"));
        Assert.Equal(("unit", "DU", "DU"), (finding.SubjectKind, finding.SubjectId, finding.UnitCode));
        var stored = Assert.Single(p.Store.Rows("SELECT finding_id FROM finding", r => r.GetString(0)));

        var identity = "R09|2024|unit|DU|DU";
        var findingKey = HMACSHA256.HashData(TempWarehouse.Secret, "analytics/finding-id/v1"u8);
        Assert.Equal(Convert.ToHexStringLower(HMACSHA256.HashData(findingKey, Encoding.UTF8.GetBytes(identity)))[..24], stored);
        Assert.NotEqual(Unkeyed(identity), stored);   // what anyone could recompute from a guessed subject id
        var same = new Finding("R09", "2023", "2024", "unit", "DU", "DU", "", "", "", null);
        var underAnotherKey = FindingIdentity.Of(new PseudonymKey(new byte[32]), same);
        Assert.NotEqual(stored, underAnotherKey);
    }

    [Fact]
    public void Unkeyed_ids_of_an_older_warehouse_are_rekeyed_once_with_their_review_history()
    {
        using var p = new RatedProvince().UnitRating("DU", 3).UnitRating("UB", 1);
        var finding = Assert.Single(p.Check("R09"));
        var keyed = FindingIdentity.Of(p.Store.Key!, finding);
        FindingReview.Review(p.Store, keyed, "acknowledged", "analyst1", "đã trao đổi với đảng ủy", null);

        // The warehouse as a version before keyed ids left it: plain SHA-256 ids, no fingerprint.
        var legacy = Unkeyed("R09|2024|unit|DU|DU");
        p.Store.Execute("DELETE FROM pseudonym_key");
        p.Store.Execute("UPDATE finding SET finding_id = $1", legacy);
        p.Store.Execute("UPDATE finding_event SET finding_id = $1", legacy);

        using (var upgraded = WarehouseStore.Open(p.Store.Path)) upgraded.BindKey(TempWarehouse.Secret);
        Assert.Equal([keyed], p.Store.Rows("SELECT finding_id FROM finding WHERE status = 'acknowledged'", r => r.GetString(0)));
        Assert.Equal([keyed], p.Store.Rows("SELECT finding_id FROM finding_event WHERE by_user = 'analyst1'", r => r.GetString(0)));
        Assert.Equal(1, p.Store.Scalar("SELECT findings_rekeyed FROM pseudonym_key"));

        // Once: binding again changes nothing, and the next run finds the same finding still holding.
        using (var again = WarehouseStore.Open(p.Store.Path)) again.BindKey(TempWarehouse.Secret);
        Assert.Equal(1, p.Store.Scalar("SELECT count(*) FROM pseudonym_key"));
        var rerun = new CheckRunner(p.Store, new CheckSettings()).Run("2024", ["R09"]);
        Assert.Equal((0, 1), (rerun.New, rerun.StillHolding));
        Assert.Equal(1, p.Store.Scalar($"SELECT count(*) FROM finding WHERE finding_id = '{keyed}' AND status = 'acknowledged' AND holds"));
    }

    [Fact]
    public void A_store_without_a_key_cannot_store_findings()
    {
        using var wh = new TempWarehouse(bindKey: false);
        var refusal = Assert.Throws<InvalidOperationException>(() => new CheckRunner(wh.Store, new CheckSettings()).Run("2024"));
        Assert.Equal($"{wh.Path}: no pseudonym key is bound to this store; findings are keyed with it (bind it with BindKey first)",
            refusal.Message);
        Assert.Equal(0, wh.Scalar("SELECT count(*) FROM check_run"));
    }

    private static string Unkeyed(string identity) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(identity)))[..24];
}
