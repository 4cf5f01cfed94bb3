namespace Analytics.App.Tests.Serve;

/// <summary>The recurring landing purge of `serve`: a pulled delivery's landed copy (names as delivered)
/// is gone once the retention has passed, and stays before.</summary>
[Collection(ServeCollection.Name)]
public sealed class LandingPurgeJobTests
{
    [Fact]
    public async Task A_loaded_delivery_leaves_the_landing_area_after_the_retention_and_not_before()
    {
        using var folder = new ServeFolder();
        folder.Deliver("xa-tan-phu");
        var settings = folder.DropSource();
        settings["Jobs:LandingRetentionDays"] = "30";
        var fetches = Path.Combine(folder.Root, "landing", "drop");
        var landed = DateTimeOffset.UtcNow;
        await using (var serve = await ServeRunner.Start(folder.Root, settings))
        {
            serve.Trigger("ingest:drop");
            await serve.WaitForSucceeded(4);   // start, fetch, load, analysis
        }
        Assert.Single(Directory.EnumerateDirectories(fetches));

        await using (var early = await ServeRunner.Start(folder.Root, settings, new FixedClock(landed.AddDays(29))))
        {
            var job = early.Trigger("landing-purge");
            await early.WaitForSucceeded(5);
            Assert.Equal("\"0 landed fetches older than 30 days purged, 0 fetch manifests\"", early.Result(job));
        }
        Assert.Single(Directory.EnumerateDirectories(fetches));

        await using var late = await ServeRunner.Start(folder.Root, settings, new FixedClock(landed.AddDays(31)));
        var purge = late.Trigger("landing-purge");
        await late.WaitForSucceeded(6);
        Assert.Equal("\"1 landed fetches older than 30 days purged, 1 fetch manifests\"", late.Result(purge));
        Assert.Empty(Directory.EnumerateDirectories(fetches));
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(folder.Root, "landing", "fetches")));
        Assert.Equal(1, late.Read(s => s.Scalar("SELECT count(*) FROM etl_batch WHERE status = 'loaded'")));
    }
}
