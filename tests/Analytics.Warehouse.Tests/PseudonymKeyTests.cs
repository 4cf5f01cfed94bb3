using System.Security.Cryptography;
using System.Text;
using Analytics.Warehouse.Store;
using Analytics.Warehouse.Tests.Helpers;

namespace Analytics.Warehouse.Tests;

/// <summary>The warehouse records its pseudonym key's fingerprint on first use and refuses any other key,
/// so one member never gets two keys; a warehouse from before fingerprints is checked against the person
/// keys it holds.</summary>
public sealed class PseudonymKeyTests
{
    private static readonly byte[] Other = "another secret, also 32 bytes..."u8.ToArray();

    [Fact]
    public void The_first_key_is_recorded_by_a_fingerprint_that_does_not_reveal_it()
    {
        using var wh = new TempWarehouse();
        var label = "analytics/pseudonym-key/fingerprint/v1"u8;
        var expected = Convert.ToHexStringLower(HMACSHA256.HashData(TempWarehouse.Secret, label))[..32];
        Assert.Equal(expected, wh.Store.Key!.Fingerprint);
        Assert.Equal([(expected, 0L)],
            wh.Store.Rows("SELECT fingerprint, findings_rekeyed FROM pseudonym_key", r => (r.GetString(0), r.GetInt64(1))));
        Assert.DoesNotContain(Convert.ToHexStringLower(TempWarehouse.Secret), expected, StringComparison.Ordinal);
        Assert.Equal((expected, false), wh.Store.KeyState());

        wh.Reopen();   // the same key again: accepted, nothing recorded twice
        Assert.Equal(1, wh.Scalar("SELECT count(*) FROM pseudonym_key"));
    }

    [Fact]
    public void Another_key_is_refused_before_anything_changes()
    {
        using var wh = new TempWarehouse();
        using var other = WarehouseStore.Open(wh.Path);
        var refusal = Assert.Throws<PseudonymKeyMismatchException>(() => other.BindKey(Other));
        Assert.Equal(wh.Store.Key!.Fingerprint, refusal.Recorded);
        Assert.Equal(new PseudonymKey(Other).Fingerprint, refusal.Offered);
        Assert.Equal($"{wh.Path}: it was loaded with the pseudonym key of fingerprint {refusal.Recorded![..12]}, " +
            $"this run holds {refusal.Offered[..12]}", refusal.Message);
        Assert.Null(other.Key);
        Assert.Equal(1, wh.Scalar("SELECT count(*) FROM pseudonym_key"));
    }

    [Fact]
    public void A_warehouse_from_before_fingerprints_accepts_only_the_key_its_persons_were_keyed_with()
    {
        using var wh = new TempWarehouse(bindKey: false);
        var key = new PseudonymKey(TempWarehouse.Secret);
        using (var batch = wh.Store.BeginBatch(Rows.Info("people")))
        {
            foreach (var id in new[] { "DV000001", "DV000002", "CC000003" })
            {
                batch.StageIdentity(key.PersonKey(id), id);
                batch.Stage(Rows.Rating("r-" + id, person: key.PersonKey(id)));
            }
            batch.AddFile(batch.NextFileNumber(), Rows.File("ratings.csv", "ratings"));
            batch.Commit();
        }
        Assert.Equal((null, true), wh.Store.KeyState());

        // A lost key file replaced by a new key: the stored person keys give it away.
        var refusal = Assert.Throws<PseudonymKeyMismatchException>(() => wh.Store.BindKey(Other));
        Assert.Null(refusal.Recorded);
        Assert.Equal(0, wh.Scalar("SELECT count(*) FROM pseudonym_key"));

        wh.Store.BindKey(TempWarehouse.Secret);
        Assert.Equal(key.Fingerprint, wh.Store.KeyState().Fingerprint);
    }

    [Fact]
    public void Person_keys_are_the_first_64_bits_of_the_hmac_of_the_source_id()
    {
        var mac = HMACSHA256.HashData(TempWarehouse.Secret, Encoding.UTF8.GetBytes("DV000001"));
        var expected = System.Buffers.Binary.BinaryPrimitives.ReadInt64BigEndian(mac);
        Assert.Equal(expected, new PseudonymKey(TempWarehouse.Secret).PersonKey("DV000001"));
        Assert.Throws<ArgumentException>(() => new PseudonymKey(new byte[15]));
    }
}
