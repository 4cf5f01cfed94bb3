using System.IO.Compression;
using Analytics.Etl.Loading;
using Analytics.Etl.Sources;
using Analytics.Etl.Tests.Helpers;

namespace Analytics.Etl.Tests.Sources;

/// <summary>The drop folder: every kind of item lands, loads as one batch each, and moves to archive/
/// or rejected/ with an error report; unsafe archives are refused.</summary>
public sealed class FileDropSourceTests
{
    private const string Ratings = SubmissionFolder.RatingsHeader + """

        R1,2024,person,DV001,CB01,party_member,self,HTXSNV,,,,2024-12-01,0
        R2,2024,person,DV001,CB01,party_member,final,HTTNV,,,,20/12/2024,0
        R3,2024,unit,CB01,CB01,organisation,final,HTTTNV,,,,,0
        """;

    private static SourceSettings Drop(SourceBench bench) =>
        new() { Name = "huyen-a", Kind = "drop", Path = bench.PathOf("drop"), SettleSeconds = 0 };

    [Fact]
    public void A_csv_folder_loads_under_the_source_name_and_moves_to_archive_with_its_quarantine_report()
    {
        using var bench = new SourceBench();
        bench.Write("drop/xa-tan-phu/units.csv", SubmissionFolder.UnitsCsv);
        bench.Write("drop/xa-tan-phu/ratings.csv", Ratings);

        var report = bench.Pull(Drop(bench));

        var loaded = Assert.Single(report.Submissions);
        Assert.Equal(IngestStatus.Loaded, loaded.Status);
        Assert.Equal(["2024"], report.TouchedPeriods);
        Assert.Empty(report.Errors);
        Assert.Equal(["huyen-a"], bench.Strings("SELECT source FROM etl_batch"));
        Assert.Equal(2, bench.Scalar("SELECT count(*) FROM rating"));
        Assert.False(Directory.Exists(bench.PathOf("drop/xa-tan-phu")));
        Assert.True(File.Exists(bench.PathOf("drop/archive/xa-tan-phu/ratings.csv")));
        var errors = File.ReadAllLines(bench.PathOf("drop/archive/xa-tan-phu.errors.csv"));
        Assert.Equal(
            ["submission,file,line,column,reason,message",
             "xa-tan-phu,ratings.csv,4,level,UNKNOWN_LEVEL,level 'HTTTNV' is not a known level; did you mean HTTNV?"], errors);
        Assert.Single(Directory.GetDirectories(Path.Combine(bench.Landing, "huyen-a")));
    }

    [Fact]
    public void A_second_pull_finds_nothing_and_the_same_content_dropped_again_is_archived_unchanged()
    {
        using var bench = new SourceBench();
        bench.Write("drop/a/units.csv", SubmissionFolder.UnitsCsv);
        bench.Pull(Drop(bench));
        Assert.Empty(bench.Pull(Drop(bench)).Submissions);

        bench.Write("drop/a/units.csv", SubmissionFolder.UnitsCsv);
        var again = bench.Pull(Drop(bench));

        Assert.Equal(IngestStatus.AlreadyLoaded, Assert.Single(again.Submissions).Status);
        Assert.Equal(1, bench.Scalar("SELECT count(*) FROM etl_batch"));
        Assert.Equal(2, Directory.GetDirectories(bench.PathOf("drop/archive")).Length);
    }

    [Fact]
    public void A_zip_with_a_path_that_climbs_out_is_refused_and_moved_to_rejected_with_the_reason()
    {
        using var bench = new SourceBench();
        Directory.CreateDirectory(bench.PathOf("drop"));
        using (var zip = ZipFile.Open(bench.PathOf("drop/evil.zip"), ZipArchiveMode.Create))
        {
            using var entry = new StreamWriter(zip.CreateEntry("../../units.csv").Open());
            entry.Write(SubmissionFolder.UnitsCsv);
        }

        var report = bench.Pull(Drop(bench));

        var rejected = Assert.Single(report.Submissions);
        Assert.Equal(IngestStatus.Rejected, rejected.Status);
        Assert.Contains(
            "entry '../../units.csv' points outside the archive (path traversal); refused", rejected.Reason, StringComparison.Ordinal);
        Assert.Equal(["rejected"], bench.Strings("SELECT status FROM etl_batch"));
        Assert.True(File.Exists(bench.PathOf("drop/rejected/evil.zip")));
        Assert.Contains("REJECTED", File.ReadAllText(bench.PathOf("drop/rejected/evil.zip.errors.csv")), StringComparison.Ordinal);
        Assert.Single(report.Errors);
        Assert.Null(SourcePullerWatermark(bench));
    }

    [Fact]
    public void A_zip_bomb_is_refused_before_it_is_inflated()
    {
        using var bench = new SourceBench();
        Directory.CreateDirectory(bench.PathOf("drop"));
        using (var zip = ZipFile.Open(bench.PathOf("drop/bomb.zip"), ZipArchiveMode.Create))
        {
            using var entry = zip.CreateEntry("ratings.csv", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1 << 20];
            for (var i = 0; i < 64; i++) entry.Write(zeros);
        }

        var report = bench.Pull(Drop(bench));

        var rejected = Assert.Single(report.Submissions);
        Assert.Equal(IngestStatus.Rejected, rejected.Status);
        Assert.Matches("entry 'ratings.csv' inflates [0-9,]+× \\(more than 200×\\); refused as a possible zip bomb", rejected.Reason);
        Assert.True(File.Exists(bench.PathOf("drop/rejected/bomb.zip")));
    }

    [Fact]
    public void A_zip_of_a_submission_and_a_loose_csv_load_as_two_batches()
    {
        using var bench = new SourceBench();
        bench.Write("work/units.csv", SubmissionFolder.UnitsCsv);
        bench.Write("work/ratings.csv", Ratings);
        Directory.CreateDirectory(bench.PathOf("drop"));
        ZipFile.CreateFromDirectory(bench.PathOf("work"), bench.PathOf("drop/xa.zip"));
        bench.Write("drop/units.csv", SubmissionFolder.UnitsCsv.Replace("Chi bộ thôn 2", "Chi bộ thôn Hai", StringComparison.Ordinal));

        var report = bench.Pull(Drop(bench));

        Assert.Equal([IngestStatus.Loaded, IngestStatus.Loaded], report.Submissions.Select(s => s.Status));
        Assert.Equal(["csv-folder", "zip"], bench.Strings("SELECT connector FROM etl_batch ORDER BY batch_id"));
        Assert.True(File.Exists(bench.PathOf("drop/archive/xa.zip")));
        Assert.True(File.Exists(bench.PathOf("drop/archive/units.csv")));
    }

    [Fact]
    public void A_deadline_day_of_items_loads_in_one_run_and_an_unreadable_item_in_the_middle_is_rejected_alone()
    {
        using var bench = new SourceBench();
        bench.Write("drop/xa-a/units.csv", SubmissionFolder.UnitsCsv);
        bench.Write("drop/xa-a/ratings.csv", Ratings);
        bench.Write("drop/xa-b/ratings.csv", "record_id,period\nR9,2024");
        bench.Write("drop/xa-c/units.csv", SubmissionFolder.UnitsCsv.Replace("Chi bộ thôn 2", "Chi bộ thôn Hai", StringComparison.Ordinal));

        var report = bench.Pull(Drop(bench));

        Assert.Equal(["xa-a Loaded", "xa-b Rejected", "xa-c Loaded"], report.Submissions.Select(s => $"{s.Submission} {s.Status}"));
        Assert.Equal(["1 loaded 5", "2 rejected 0", "3 loaded 1"],
            bench.Strings("SELECT concat_ws(' ', batch_id, status, rows_loaded) FROM etl_batch ORDER BY batch_id"));
        Assert.Equal(["Chi bộ thôn Hai"], bench.Strings("SELECT unit_name FROM unit_current WHERE unit_code = 'CB02'"));
        Assert.True(File.Exists(bench.PathOf("drop/archive/xa-a/ratings.csv")));
        Assert.True(File.Exists(bench.PathOf("drop/rejected/xa-b/ratings.csv")));
        Assert.True(File.Exists(bench.PathOf("drop/archive/xa-c/units.csv")));
    }

    private static string? SourcePullerWatermark(SourceBench bench)
    {
        using var store = Analytics.Warehouse.Store.WarehouseStore.Open(bench.WarehousePath);
        return SourcePuller.Watermark(store, "huyen-a");
    }
}
