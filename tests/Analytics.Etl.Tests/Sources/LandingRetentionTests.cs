using Analytics.Etl.Sources;
using Analytics.Etl.Tests.Helpers;
using Analytics.Warehouse.Store;

namespace Analytics.Etl.Tests.Sources;

/// <summary>Landed deliveries (names and source ids as delivered) are purged once the retention has passed,
/// but only what the warehouse holds: a pending fetch, a rejected delivery and a fetch whose batch the
/// warehouse no longer has (restored from an older backup) stay, and are reported.</summary>
public sealed class LandingRetentionTests
{
    private static SourceSettings Drop(SourceBench bench) =>
        new() { Name = "huyen-a", Kind = "drop", Path = bench.PathOf("drop"), SettleSeconds = 0 };   // items are written whole

    [Fact]
    public void Loaded_fetches_past_the_retention_are_purged_and_nothing_that_is_not_loaded()
    {
        using var bench = new SourceBench();
        var source = Drop(bench);
        var puller = new SourcePuller(source, bench.Landing);
        var landed = DateTimeOffset.UtcNow;

        bench.Write("drop/xa-a/units.csv", SubmissionFolder.UnitsCsv);
        var loaded = Fetched(bench, puller);
        bench.Load(puller, Read(loaded.Manifest));
        bench.Write("drop/xa-b/units.csv", SubmissionFolder.UnitsCsv + "\nCB09,Chi bộ thôn 9,party_cell,DU,TP,2020-01-01");
        var restored = Fetched(bench, puller);
        bench.Load(puller, Read(restored.Manifest));
        bench.Write("drop/bad.zip", "not a zip");
        var rejected = Fetched(bench, puller);
        bench.Load(puller, Read(rejected.Manifest));
        bench.Write("drop/xa-c/units.csv", SubmissionFolder.UnitsCsv + "\nCB08,Chi bộ thôn 8,party_cell,DU,TP,2020-01-01");
        var pending = Fetched(bench, puller);   // fetched, its load not run yet
        Directory.CreateDirectory(Path.Combine(bench.Landing, "huyen-a", "notes"));   // not a fetch folder: never touched

        Assert.True(File.Exists(Path.Combine(bench.Landing, loaded.Folder, LandingRetention.LoadedMark)));
        Assert.False(File.Exists(Path.Combine(bench.Landing, rejected.Folder, LandingRetention.LoadedMark)));
        var restoredBatch = long.Parse(File.ReadAllText(Path.Combine(bench.Landing, restored.Folder, LandingRetention.LoadedMark)));
        using (var store = WarehouseStore.Open(bench.WarehousePath))   // the backup the warehouse came from did not have this batch
            store.Execute("DELETE FROM etl_batch WHERE batch_id = $1", restoredBatch);

        var young = Purge(bench, landed.AddDays(89));
        Assert.Equal((0, 0, 0), (young.Purged.Count, young.Manifests, young.KeptNotLoaded.Count));

        var old = Purge(bench, landed.AddDays(91));
        Assert.Equal([loaded.Folder], old.Purged);
        Assert.Equal([restored.Folder, rejected.Folder, pending.Folder], old.KeptNotLoaded);   // in landing order
        Assert.False(Directory.Exists(Path.Combine(bench.Landing, loaded.Folder)));
        Assert.True(Directory.Exists(Path.Combine(bench.Landing, pending.Folder, "xa-c")));
        Assert.True(Directory.Exists(Path.Combine(bench.Landing, "huyen-a", "notes")));
        Assert.Equal(1, old.Manifests);   // the purged fetch's manifest; the others name folders that are still there
        Assert.False(File.Exists(loaded.Manifest));
        Assert.True(File.Exists(pending.Manifest) && File.Exists(rejected.Manifest));
        Assert.Equal("1 landed fetches older than 90 days purged, 1 fetch manifests; 3 kept, not loaded (load or delete them by hand): " +
            string.Join(", ", old.KeptNotLoaded), old.Summary(90));

        // Once the pending fetch is loaded, it goes too.
        bench.Load(puller, Read(pending.Manifest));
        Assert.Equal([pending.Folder], Purge(bench, landed.AddDays(91)).Purged);
    }

    [Fact]
    public void A_retention_below_one_day_is_refused()
    {
        var refusal = Assert.Throws<ArgumentOutOfRangeException>(() => new LandingRetention("/tmp/landing", 0, TimeProvider.System));
        Assert.Equal("retentionDays", refusal.ParamName);
    }

    private static LandingPurge Purge(SourceBench bench, DateTimeOffset now)
    {
        using var store = WarehouseStore.Open(bench.WarehousePath);
        return new LandingRetention(bench.Landing, 90, new FixedClock(now)).Purge(store);
    }

    /// <summary>Fetches what waits in the drop folder and writes its manifest, as the fetch job does: the
    /// fetch folder (source/stamp, under the landing root) and the manifest's path.</summary>
    private static (string Folder, string Manifest) Fetched(SourceBench bench, SourcePuller puller)
    {
        var fetched = puller.Fetch(null, CancellationToken.None);
        var manifest = FetchManifest.PathOf(bench.Landing, Guid.NewGuid().ToString("N"));
        FetchManifest.Of(fetched).Write(manifest);
        var location = Path.GetRelativePath(bench.Landing, Assert.Single(fetched.Submissions).Location).Split(Path.DirectorySeparatorChar);
        return (Path.Combine(location[0], location[1]), manifest);
    }

    private static FetchResult Read(string manifest) => FetchManifest.Read(manifest).ToFetchResult(out _);
}
