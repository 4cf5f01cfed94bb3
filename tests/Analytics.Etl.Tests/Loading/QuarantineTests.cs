using Analytics.Etl.Loading;
using Analytics.Etl.Tests.Helpers;

namespace Analytics.Etl.Tests.Loading;

/// <summary>Every quarantine reason: the bad row is kept with file, line, column, reason and a plain
/// message; the rest of the submission loads.</summary>
public sealed class QuarantineTests
{
    private const string Good = "R1,2024,person,DV001,CB01,party_member,final,HTTNV,,,,2024-12-20,0";

    [Theory]
    [InlineData("R2,2024,person,DV002,CB01,party_member,final,HTTTNV,,,,,0", "level", "UNKNOWN_LEVEL",
        "level 'HTTTNV' is not a known level; did you mean HTTNV?")]
    [InlineData("R2,2024,person,DV002,CB01,party_member,final,HTTNV trở lên,,,,,0", "level", "UNKNOWN_LEVEL",
        "level 'HTTNV trở lên' is a range, not a level; give one of HTXSNV, HTTNV, HTNV, KHTNV")]
    [InlineData("R2,2024-Q5,person,DV002,CB01,party_member,final,HTTNV,,,,,0", "period", "BAD_PERIOD", null)]
    [InlineData("R2,2024-13,person,DV002,CB01,party_member,final,HTTNV,,,,,0", "period", "BAD_PERIOD", null)]
    [InlineData("R2,2024,person,DV002,CB77,party_member,final,HTTNV,,,,,0", "unit_code", "UNKNOWN_UNIT",
        "unit 'CB77' is neither in the registry nor in this submission's units")]
    [InlineData("R2,2024,person,,CB01,party_member,final,HTTNV,,,,,0", "subject_id", "MISSING_FIELD",
        "required field 'subject_id' is empty")]
    [InlineData("R2,2024,person,DV002,CB01,party_member,final,,,,,,0", "level", "MISSING_FIELD",
        "required field 'level' is empty (write not_rated for a member who is not rated)")]
    [InlineData("R2,2024,person,DV002,CB01,party_member,final,HTTNV,,,,31/02/2024,0", "decided_on", "BAD_DATE", null)]
    [InlineData("R2,2024,person,DV002,CB01,party_member,final,HTTNV,120,,,,0", "score", "BAD_SCORE", "score 120 is outside 0–100")]
    [InlineData("R2,2024,person,DV002,CB01,party_member,final,HTTNV,abc,,,,0", "score", "BAD_NUMBER", "score 'abc' is not a number")]
    [InlineData("R2,2024,person,DV002,CB01,party_member,approved,HTTNV,,,,,0", "channel", "BAD_VALUE",
        "'channel' value 'approved' is not one of self, proposed, final")]
    [InlineData("R2,2024,person,DV002,CB01,party_member,final,HTTNV,,,,", null, "BAD_ROW", "the row has 12 fields but the header has 13")]
    [InlineData("R1,2024,person,DV001,CB01,party_member,final,HTXSNV,,,,2024-12-20,0", "record_id", "DUPLICATE_RECORD",
        "record 'R1' revision 0 is delivered again (first on line 2) with different content")]
    public void A_bad_rating_row_is_quarantined_and_the_rest_loads(string bad, string? column, string reason, string? message)
    {
        using var s = new SubmissionFolder().WithRatings(Good, bad);
        var report = s.Ingest();
        Assert.Equal(IngestStatus.Loaded, report.Status);
        var counts = report.Outcome!.Kinds["ratings"];
        Assert.Equal((2L, 1L, 1L), (counts.Read, counts.Loaded, counts.Quarantined));
        var reject = Assert.Single(s.Rejects());
        Assert.Equal(
            ("ratings.csv", "ratings", 3L, column, reason), (reject.File, reject.RecordKind, reject.Line, reject.Column, reject.Reason));
        if (message is not null) Assert.Equal(message, reject.Message);
        Assert.Equal(1, s.Counts().Ratings);
    }

    [Fact]
    public void Bytes_invalid_in_the_declared_encoding_quarantine_their_row()
    {
        var header = System.Text.Encoding.UTF8.GetBytes(SubmissionFolder.RatingsHeader + "\n" + Good + "\n");
        var bad = System.Text.Encoding.UTF8.GetBytes("R2,2024,person,DV002,CB01,party_member,final,HTTNV,,,Kh\u00f4ng c\u00f3 ");
        byte[] row = [.. header, .. bad, 0xC3, 0x28, .. ",,0\n"u8];   // 0xC3 0x28: a broken two-byte sequence
        using var s = new SubmissionFolder().With("units.csv", SubmissionFolder.UnitsCsv).With("ratings.csv", row);
        s.Ingest(new IngestOptions { Encoding = Analytics.Etl.Decoding.SourceEncoding.Utf8 });
        var reject = Assert.Single(s.Rejects());
        Assert.Equal((3L, "comment", "BAD_ENCODING", "'comment' holds bytes that are not valid in the file's encoding (utf-8)"),
            (reject.Line, reject.Column, reject.Reason, reject.Message));
        Assert.Equal(1, s.Counts().Ratings);
    }

    [Fact]
    public void A_negative_count_in_a_summary_is_quarantined()
    {
        using var s = new SubmissionFolder()
            .With("units.csv", SubmissionFolder.UnitsCsv)
            .With("summaries.csv", "period,unit_code,role,level,count\n2024,DU,party_member,HTTNV,40\n2024,DU,party_member,HTNV,-3");
        s.Ingest();
        var reject = Assert.Single(s.Rejects());
        Assert.Equal(
            ("summaries.csv", 3L, "count", "NEGATIVE_COUNT", "count -3 is negative"),
            (reject.File, reject.Line, reject.Column, reject.Reason, reject.Message));
        Assert.Equal(1, s.Counts().Summaries);
    }

    [Fact]
    public void Bad_values_in_the_registry_kinds_are_quarantined_with_their_column()
    {
        using var s = new SubmissionFolder()
            .With("units.csv", "unit_code,unit_name,unit_kind,parent_code,area_code,valid_from,valid_to\n" +
                "DU,Đảng bộ xã Tân Phú,grassroots_party_org,,TP,2020-01-01,\nCB01,Chi bộ thôn 1,party_cell,DU,TP,2020-01-01,\n" +
                "CB02,Chi bộ thôn 2,party_cell,DU,TP,2020-01-01,\nCB09,Chi bộ 9,galaxy,DU,TP,2020-01-01,\n" +
                "CB10,Chi bộ 10,party_cell,DU,TP,2024-05-01,2023-01-01")
            .With("people.csv", "person_id,full_name,birth_year,gender\nDV001,Nguyễn Văn An,1980,nam\nDV002,Trần Thị Bình,19x0,nữ")
            .With("positions.csv", "person_id,unit_code,role,valid_from\nDV001,CB01,member,2020-01-01\nDV002,CB01,member,");
        s.Ingest();
        var rejects = s.Rejects().Select(r => (r.File, r.Line, r.Column, r.Reason)).ToList();
        Assert.Equal(
            [("people.csv", 3L, "birth_year", "BAD_NUMBER"), ("positions.csv", 3L, "valid_from", "MISSING_FIELD"),
             ("units.csv", 5L, "unit_kind", "BAD_VALUE"), ("units.csv", 6L, "valid_to", "DATE_ORDER")],
            rejects);
        Assert.Equal(new Analytics.Warehouse.Store.RecordCounts(3, 1, 1, 0, 0, 0), s.Counts());
    }

    [Fact]
    public void A_unit_referenced_before_its_units_row_is_not_an_error()
    {
        // ratings.csv sorts before units.csv and references CB05, a unit defined only in units.csv.
        using var s = new SubmissionFolder()
            .With("ratings.csv", SubmissionFolder.RatingsHeader + "\nR1,2024,unit,CB05,CB05,organisation,final,HTXSNV,,,,,0")
            .With("units.csv", SubmissionFolder.UnitsCsv + "\nCB05,Chi bộ 5,party_cell,DU,TP,2020-01-01");
        var report = s.Ingest();
        Assert.Equal(0, report.Outcome!.Quarantined);
        Assert.Equal(1, s.Counts().Ratings);
    }

    [Fact]
    public void An_unknown_subject_unit_is_quarantined_on_subject_id()
    {
        using var s = new SubmissionFolder().WithRatings("R1,2024,unit,CB99,CB01,organisation,final,HTXSNV,,,,,0");
        s.Ingest();
        var reject = Assert.Single(s.Rejects());
        Assert.Equal(("subject_id", "UNKNOWN_UNIT"), (reject.Column, reject.Reason));
    }
}
