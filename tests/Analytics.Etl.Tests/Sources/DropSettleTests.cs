using Analytics.Etl.Loading;
using Analytics.Etl.Sources;
using Analytics.Etl.Tests.Helpers;

namespace Analytics.Etl.Tests.Sources;

/// <summary>The drop folder takes an item only once it has finished arriving (no partial name, size and
/// modification time still for the settle time), and files away only the item it loaded: one re-uploaded
/// under the same name between fetch and settle stays for the next pull.</summary>
public sealed class DropSettleTests
{
    private static SourceSettings Drop(SourceBench bench, int settleSeconds) =>
        new() { Name = "huyen-a", Kind = "drop", Path = bench.PathOf("drop"), SettleSeconds = settleSeconds };

    private static void Age(string path, TimeSpan age)
    {
        var when = DateTime.UtcNow - age;
        foreach (var file in Directory.Exists(path) ? Directory.EnumerateFileSystemEntries(path, "*", SearchOption.AllDirectories) : [])
            File.SetLastWriteTimeUtc(file, when);
        if (Directory.Exists(path)) Directory.SetLastWriteTimeUtc(path, when);
        else File.SetLastWriteTimeUtc(path, when);
    }

    [Fact]
    public void Partial_downloads_and_items_written_within_the_settle_time_wait_for_a_later_pull()
    {
        using var bench = new SourceBench();
        bench.Write("drop/units.csv.part", SubmissionFolder.UnitsCsv);
        bench.Write("drop/ratings.tmp", "not yet");
        bench.Write("drop/xa-a/units.csv", SubmissionFolder.UnitsCsv);   // copied just now
        bench.Write("drop/xa-b/units.csv", SubmissionFolder.UnitsCsv.Replace("Tân Phú", "Tân Hòa", StringComparison.Ordinal));
        bench.Write("drop/xa-b/ratings.csv.part", "still copying");
        Age(bench.PathOf("drop/units.csv.part"), TimeSpan.FromMinutes(5));
        Age(bench.PathOf("drop/xa-b"), TimeSpan.FromMinutes(5));

        var first = bench.Pull(Drop(bench, 60));

        Assert.Empty(first.Submissions);
        Assert.False(Directory.Exists(bench.PathOf("drop/archive")));

        Age(bench.PathOf("drop/xa-a"), TimeSpan.FromMinutes(2));
        File.Move(bench.PathOf("drop/units.csv.part"), bench.PathOf("drop/units.csv"));   // copy, then rename
        Age(bench.PathOf("drop/units.csv"), TimeSpan.FromMinutes(5));

        var second = bench.Pull(Drop(bench, 60));

        Assert.Equal(["units", "xa-a"], second.Submissions.Select(s => s.Submission).Order(StringComparer.Ordinal));
        Assert.True(File.Exists(bench.PathOf("drop/archive/units.csv")));
        Assert.True(Directory.Exists(bench.PathOf("drop/xa-b")));
        Assert.True(File.Exists(bench.PathOf("drop/ratings.tmp")));
    }

    [Fact]
    public void A_file_reuploaded_between_fetch_and_settle_stays_in_the_drop_and_loads_on_the_next_pull()
    {
        using var bench = new SourceBench();
        bench.Write("drop/units.csv", SubmissionFolder.UnitsCsv);
        var source = Drop(bench, 0);
        var puller = new SourcePuller(source, bench.Landing);
        var fetched = puller.Fetch(null, CancellationToken.None);

        var renamed = SubmissionFolder.UnitsCsv.Replace("Chi bộ thôn 2", "Chi bộ thôn Hai", StringComparison.Ordinal);
        bench.Write("drop/units.csv", renamed);   // the unit office sends a corrected file meanwhile
        var loaded = bench.Load(puller, fetched);

        Assert.Equal(IngestStatus.Loaded, Assert.Single(loaded.Submissions).Status);
        Assert.False(File.Exists(bench.PathOf("drop/archive/units.csv")));
        Assert.Equal(renamed + "\n", File.ReadAllText(bench.PathOf("drop/units.csv")));

        var next = bench.Pull(source);

        Assert.Equal(IngestStatus.Loaded, Assert.Single(next.Submissions).Status);
        Assert.Equal(renamed + "\n", File.ReadAllText(bench.PathOf("drop/archive/units.csv")));
        Assert.Equal(["Chi bộ thôn 2", "Chi bộ thôn Hai"],
            bench.Strings("SELECT DISTINCT unit_name FROM unit_observation WHERE unit_code = 'CB02' ORDER BY 1"));
    }
}
