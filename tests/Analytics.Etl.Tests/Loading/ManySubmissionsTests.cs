using Analytics.Etl.Loading;
using Analytics.Etl.Tests.Helpers;
using Analytics.Synthetic;
using Analytics.Warehouse.Store;

namespace Analytics.Etl.Tests.Loading;

/// <summary>Many submissions at once (reading threads, small submissions committed together) keep every
/// promise of loading them one by one: each its own all-or-nothing batch, the same batch ids, lineage,
/// quarantine, unchanged rows and merges, reports in order; and a submission that fails fails alone.</summary>
public sealed class ManySubmissionsTests
{
    private const string Ratings = SubmissionFolder.RatingsHeader;

    private static (string, string) Units(string area, params string[] codes) => ("units.csv",
        "unit_code,unit_name,unit_kind,parent_code,area_code,valid_from\n" +
        string.Join("\n", codes.Select(c => $"{c},Đơn vị {c},{Kind(c)},,{area},2020-01-01")));

    private static string Kind(string code) => code.StartsWith("DU", StringComparison.Ordinal) ? "grassroots_party_org" : "party_cell";

    private static DeliveryFolder Delivery() => new DeliveryFolder()
        .Submission("a-first", Units("A", "DU-A", "CB-A1"),
            ("ratings.csv", $"""
                {Ratings}
                R1,2024,unit,CB-A1,CB-A1,organisation,final,HTTNV,,,,,0
                R2,2024,person,DV1,CB-A1,party_member,final,HTTNV,,,,,0
                R2,2024,person,DV1,CB-A1,party_member,final,HTTNV,,,,,0
                R2,2024,person,DV1,CB-A1,party_member,final,HTNV,,,,,0
                R9,2024,unit,CB-B1,CB-B1,organisation,final,HTTNV,,,,,0
                """),
            ("people.csv", "person_id,full_name,birth_year\nDV1,Nguyễn Văn An,1980"),
            ("positions.csv", "person_id,unit_code,role,valid_from,valid_to\nDV1,CB-A1,member,2020-01-01,"),
            ("summaries.csv", "period,unit_code,role,level,count\n2024,DU-A,party_member,HTTNV,10"),
            ("residence.csv", "period,person_id,residence_unit,sentiment,comment\n2024,DV1,CB-A1,positive,Tốt"))
        .Submission("b-second", Units("B", "DU-B", "CB-B1"),
            ("ratings.csv", $"""
                {Ratings}
                R1,2024,unit,CB-A1,CB-A1,organisation,final,HTTNV,,,,,0
                R3,2024,unit,CB-B1,CB-B1,organisation,final,HTXSNV,,,,,0
                """),
            ("positions.csv", "person_id,unit_code,role,valid_from,valid_to\nDV1,CB-A1,member,2020-01-01,"),
            ("summaries.csv", "period,unit_code,role,level,count\n2024,DU-A,party_member,HTTNV,10"),
            ("residence.csv", "period,person_id,residence_unit,sentiment,comment\n2024,DV1,CB-A1,positive,Tốt"))
        .Submission("c-third", Units("C", "DU-C"),
            ("ratings.csv", $"""
                {Ratings}
                R1,2024,unit,CB-A1,CB-A1,organisation,final,KHTNV,,,,,0
                R3,2024,unit,CB-B1,CB-B1,organisation,final,HTXSNV,,,,,0
                R4,2024,person,DV2,CB-B1,party_member,final,HTTNV,,,,,0
                """),
            ("people.csv", "person_id,full_name,birth_year\nDV1,Nguyễn Văn An,1981"),
            ("positions.csv", "person_id,unit_code,role,valid_from,valid_to\nDV1,CB-A1,member,2020-01-01,2024-12-31"),
            ("summaries.csv", "period,unit_code,role,level,count\n2024,DU-A,party_member,HTTNV,11"),
            ("residence.csv", "period,person_id,residence_unit,sentiment,comment\n2024,DV1,CB-A1,negative,Chưa tốt"));

    [Fact]
    public void Many_submissions_at_once_leave_the_warehouse_as_loading_them_one_by_one()
    {
        using var delivery = Delivery();
        var timings = new StageTimings();

        var atOnce = delivery.IngestAll(new IngestOptions { Timings = timings });
        var oneByOne = delivery.IngestOneByOne();

        Assert.Equal(DeliveryFolder.Summary(oneByOne), DeliveryFolder.Summary(atOnce));
        Assert.Equal(DeliveryFolder.Contents(delivery.OneByOne), DeliveryFolder.Contents(delivery.AtOnce));
        Assert.Equal(
            ["a-first Loaded 1  units:2/2/0/0 people:1/1/0/0 positions:1/1/0/0 ratings:5/2/1/2 summaries:1/1/0/0 residence:1/1/0/0",
             "b-second Loaded 2  units:2/2/0/0 positions:1/0/1/0 ratings:2/1/1/0 summaries:1/0/1/0 residence:1/0/1/0",
             "c-third Loaded 3  units:1/1/0/0 people:1/1/0/0 positions:1/1/0/0 ratings:3/1/1/1 summaries:1/1/0/0 residence:1/1/0/0"],
            DeliveryFolder.Summary(atOnce));
        using var store = WarehouseStore.Open(delivery.AtOnce);
        Assert.Equal(
            ["1 ratings.csv 5 record_id record 'R2' revision 0 is delivered again (first on line 3) with different content",
             "1 ratings.csv 6 unit_code unit 'CB-B1' is neither in the registry nor in this submission's units",
             "3 ratings.csv 2 record_id record 'R1' revision 0 was loaded in batch 1 with different content; " +
                "send a higher revision to correct it"],
            store.Rows("SELECT concat_ws(' ', batch_id, file, line, column_name, message) FROM etl_rejected ORDER BY ALL",
                r => r.GetString(0)));
        // a and b went in one transaction; c shares DV1 with a, so it began the next.
        Assert.Equal(2, timings.Stages().Single(s => s.Stage == IngestStage.Commit).Count);
    }

    [Fact]
    public void A_failing_submission_in_the_middle_of_a_group_fails_alone_and_the_others_load()
    {
        using var delivery = new DeliveryFolder();
        foreach (var (name, unit, person) in new[] { ("x1", "CB-1", "DV1"), ("x2", "CB-2", "DV2"), ("x3", "CB-3", "DV3") })
        {
            var rating = $"R-{person},2024,person,{person},{unit},party_member,final,HTTNV,,,,,0";
            delivery.Submission(name, Units("X", unit), ("ratings.csv", $"{Ratings}\n{rating}"));
        }
        var timings = new StageTimings();
        using var keys = DeliveryFolder.Keys();
        var dv2 = keys.KeyOf("DV2");   // the warehouse already names another person with DV2's key: x2 cannot load

        var reports = delivery.IngestAll(new IngestOptions { Timings = timings },
            store => store.Execute("INSERT INTO person_identity VALUES ($1, 'CB-KHAC-09', NULL, 0)", dv2));

        Assert.Equal(["x1 Loaded 1", "x2 Rejected 2", "x3 Loaded 3"], reports.Select(r => $"{r.Submission} {r.Status} {r.BatchId}"));
        Assert.Equal("could not be loaded: two different person ids share one pseudonymous key in this batch; " +
            "widen the key before loading it", reports[1].Reason);
        Assert.Equal(1, timings.Stages().Single(s => s.Stage == IngestStage.Fallback).Count);   // the group of three failed once
        using var store = WarehouseStore.Open(delivery.AtOnce);
        Assert.Equal(["1 loaded 2", "2 rejected 0", "3 loaded 2"],
            store.Rows("SELECT concat_ws(' ', batch_id, status, rows_loaded) FROM etl_batch ORDER BY batch_id", r => r.GetString(0)));
        Assert.Equal(["DV1", "DV3"],
            store.Rows("SELECT source_person_id FROM person_identity WHERE batch_id > 0 ORDER BY 1", r => r.GetString(0)));
        Assert.Equal(["R-DV1", "R-DV3"], store.Rows("SELECT record_id FROM rating ORDER BY 1", r => r.GetString(0)));
        Assert.Equal(["CB-1", "CB-3"], store.Rows("SELECT unit_code FROM unit_observation ORDER BY 1", r => r.GetString(0)));
    }

    [Fact]
    public void An_unreadable_submission_in_the_middle_is_recorded_rejected_and_the_rest_loads_as_one_by_one()
    {
        using var delivery = Delivery().Submission("b-unreadable", Units("X", "DU-X"), ("ratings.csv", "record_id,period\nR1,2024"));

        var atOnce = delivery.IngestAll();
        var oneByOne = delivery.IngestOneByOne();

        Assert.Equal(DeliveryFolder.Summary(oneByOne), DeliveryFolder.Summary(atOnce));
        Assert.Equal(DeliveryFolder.Contents(delivery.OneByOne), DeliveryFolder.Contents(delivery.AtOnce));
        Assert.Equal(["a-first Loaded", "b-second Loaded", "b-unreadable Rejected", "c-third Loaded"],
            atOnce.Select(r => $"{r.Submission} {r.Status}"));
        Assert.StartsWith("ratings.csv: the header has no column for required 'subject_kind'", atOnce[2].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_content_twice_in_one_run_loads_once()
    {
        using var delivery = Delivery();
        foreach (var file in Directory.GetFiles(Path.Combine(delivery.Delivery, "b-second")))
        {
            Directory.CreateDirectory(Path.Combine(delivery.Delivery, "b-second-again"));
            File.Copy(file, Path.Combine(delivery.Delivery, "b-second-again", Path.GetFileName(file)));
        }

        var reports = delivery.IngestAll();

        Assert.Equal(["a-first Loaded 1", "b-second Loaded 2", "b-second-again AlreadyLoaded 2", "c-third Loaded 3"],
            reports.Select(r => $"{r.Submission} {r.Status} {r.BatchId}"));
        delivery.IngestOneByOne();
        Assert.Equal(DeliveryFolder.Contents(delivery.OneByOne), DeliveryFolder.Contents(delivery.AtOnce));
    }

    [Fact]
    public void A_generated_province_at_once_equals_the_province_one_by_one()
    {
        using var delivery = new DeliveryFolder();
        Directory.Delete(delivery.Delivery);
        ProvinceGenerator.Write(delivery.Delivery, new ProvinceOptions { Members = 1500, FirstYear = 2023, LastYear = 2025 });
        var timings = new StageTimings();

        var atOnce = delivery.IngestAll(new IngestOptions { Timings = timings, GroupRows = 20_000 });
        var oneByOne = delivery.IngestOneByOne();

        Assert.Equal(DeliveryFolder.Summary(oneByOne), DeliveryFolder.Summary(atOnce));
        Assert.Equal(DeliveryFolder.Contents(delivery.OneByOne), DeliveryFolder.Contents(delivery.AtOnce));
        var commits = timings.Stages().Single(s => s.Stage == IngestStage.Commit).Count;
        Assert.True(commits < atOnce.Count / 2, $"{atOnce.Count} submissions in {commits} transactions");
        Assert.DoesNotContain(timings.Stages(), s => s.Stage == IngestStage.Fallback);
    }

    [Fact]
    public void A_second_run_over_the_same_delivery_changes_nothing()
    {
        using var delivery = Delivery();
        delivery.IngestAll();
        var before = DeliveryFolder.Contents(delivery.AtOnce);

        var again = delivery.IngestAll();

        Assert.All(again, r => Assert.Equal(IngestStatus.AlreadyLoaded, r.Status));
        Assert.Equal(before, DeliveryFolder.Contents(delivery.AtOnce));
    }
}
