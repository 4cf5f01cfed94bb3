using System.IO.Compression;
using System.Text;
using Analytics.Etl.Loading;
using Analytics.Etl.Sources;
using Analytics.Etl.Tests.Helpers;
using Analytics.Etl.Validation;
using Analytics.Warehouse.Store;

namespace Analytics.Etl.Tests.Loading;

/// <summary>The whole ingest path: idempotency, atomicity, headers, separators, unknown columns, zips.</summary>
public sealed class IngestTests
{
    private static readonly string[] Ratings =
    [
        "R1,2024,person,DV001,CB01,party_member,self,HTXSNV,,,Không có,2024-12-01,0",
        "R2,2024,person,DV001,CB01,party_member,final,Hoàn thành tốt nhiệm vụ,,,,20/12/2024,0",
        "R3,2024,unit,CB01,CB01,organisation,final,HT tốt,,,,,0",
        "R2,2024,person,DV001,CB01,party_member,final,KHTNV,,warning,,15/03/2025,1",
    ];

    [Fact]
    public void Ingesting_the_same_submission_twice_changes_nothing()
    {
        using var s = new SubmissionFolder().WithRatings(Ratings);
        var first = s.Ingest();
        var counts = s.Counts();
        var second = s.Ingest();
        Assert.Equal(IngestStatus.Loaded, first.Status);
        Assert.Equal(IngestStatus.AlreadyLoaded, second.Status);
        Assert.Equal(first.BatchId, second.BatchId);
        Assert.Equal(counts, s.Counts());
        Assert.Equal(new RecordCounts(3, 0, 0, 3, 0, 0), counts);
        Assert.Equal(1, s.Scalar("SELECT count(*) FROM etl_batch"));
        Assert.Equal(4, s.Scalar("SELECT count(*) FROM rating"));
        Assert.Equal(1, s.Scalar("SELECT level FROM rating_current WHERE record_id = 'R2'"));
    }

    [Fact]
    public void The_same_content_in_a_zip_is_recognised_as_already_loaded()
    {
        using var s = new SubmissionFolder().WithRatings(Ratings);
        s.Ingest();
        var zip = Path.Combine(s.Root, "again.zip");
        ZipFile.CreateFromDirectory(s.Folder, zip);
        var report = s.Ingest(SubmissionLocator.Locate([zip]).Single());
        Assert.Equal(IngestStatus.AlreadyLoaded, report.Status);
        Assert.Equal("zip", SubmissionLocator.Locate([zip]).Single().Connector);
    }

    [Fact]
    public void A_read_failure_in_the_middle_of_a_file_leaves_no_row_of_that_batch()
    {
        using var s = new SubmissionFolder().WithRatings(
            Enumerable.Range(1, 20_000).Select(i => $"R{i},2024,person,DV{i:00000},CB01,party_member,final,HTTNV,,,,,0").ToArray());
        var healthy = s.Submission;
        var ratings = healthy.Files.Single(f => f.Name == "ratings.csv");
        var opens = 0;   // 1: content hash, 2: encoding probe, 3: the load itself, which fails part-way
        var failing = healthy with
        {
            Files = [.. healthy.Files.Where(f => f != ratings),
                     ratings with { Open = () => ++opens >= 3 ? new FailingStream(ratings.Open(), 300_000) : ratings.Open() }],
        };
        var report = s.Ingest(failing);
        Assert.Equal(IngestStatus.Rejected, report.Status);
        Assert.StartsWith("ratings.csv: could not be read", report.Reason, StringComparison.Ordinal);
        foreach (var table in new[] { "rating", "unit_observation", "person_identity", "etl_rejected", "stg_identity", "stg_unit" })
            Assert.Equal(0, s.Scalar($"SELECT count(*) FROM {table}"));
        Assert.Equal(1, s.Scalar("SELECT count(*) FROM etl_batch WHERE status = 'rejected'"));

        // The delivery is whole again: the rerun completes it.
        Assert.Equal(IngestStatus.Loaded, s.Ingest().Status);
        Assert.Equal(20_000, s.Counts().Ratings);
    }

    [Fact]
    public void Semicolons_Vietnamese_headers_and_unknown_columns_are_understood()
    {
        var header = "Mã bản ghi;Kỳ đánh giá;Loại đối tượng;Mã đối tượng;Mã đơn vị;Vai trò;Kênh;Xếp loại;Điểm;Kỷ luật;" +
            "\"Hạn chế, khuyết điểm\";Ngày quyết định;Lần sửa;Ghi chú";
        using var s = new SubmissionFolder()
            .With("units.csv", SubmissionFolder.UnitsCsv)
            .With("ratings.csv", header +
                "\nR1;2025;person;DV001;CB01;party_member;final;HT xuất sắc;92,5;;\"Còn hạn chế; cần cố gắng\";20/12/2025;0;đã xác minh");
        var report = s.Ingest();
        Assert.Equal(0, report.Outcome!.Quarantined);
        var file = report.Files.Single(f => f.File == "ratings.csv");
        Assert.Equal(";", file.Separator);
        Assert.Equal(["Ghi chú"], file.UnknownColumns);
        Assert.Equal(1, s.Scalar("SELECT count(*) FROM rating WHERE level = 4 AND score = 92.5 " +
            "AND comment = 'Còn hạn chế; cần cố gắng' AND decided_on = DATE '2025-12-20' AND extra = '{\"Ghi chú\":\"đã xác minh\"}'"));
        Assert.Equal(1, s.Scalar(
            "SELECT count(*) FROM etl_file WHERE file = 'ratings.csv' AND unknown_columns = ['Ghi chú'] AND separator = ';'"));
    }

    [Theory]
    [InlineData("", "ratings.csv: the file is empty (a header row is required)")]
    [InlineData("record_id,period,subject_kind,subject_id,unit_code,role,channel,score\nR1,2024,person,DV1,CB01,party_member,final,80",
        "ratings.csv: the header has no column for required 'level' " +
        "(header: record_id,period,subject_kind,subject_id,unit_code,role,channel,score)")]
    public void A_file_that_cannot_be_read_rejects_the_submission_with_one_reason(string ratings, string reason)
    {
        using var s = new SubmissionFolder().With("units.csv", SubmissionFolder.UnitsCsv)
            .With("ratings.csv", Encoding.UTF8.GetBytes(ratings));
        var report = s.Ingest();
        Assert.Equal(IngestStatus.Rejected, report.Status);
        Assert.Equal(reason, report.Reason);
        Assert.Equal(new RecordCounts(0, 0, 0, 0, 0, 0), s.Counts());
    }

    [Fact]
    public void Binary_garbage_rejects_the_submission_as_undetectable()
    {
        var garbage = new byte[4096];
        new Random(7).NextBytes(garbage);
        garbage[10] = 0;
        using var s = new SubmissionFolder().With("units.csv", SubmissionFolder.UnitsCsv).With("ratings.csv", garbage);
        var report = s.Ingest();
        Assert.Equal(IngestStatus.Rejected, report.Status);
        Assert.StartsWith("ratings.csv: the encoding could not be detected", report.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void People_are_pseudonymised_and_their_identity_kept_apart()
    {
        using var keys = new PersonKeys(Encoding.UTF8.GetBytes(SubmissionFolder.Secret));
        using var s = new SubmissionFolder()
            .With("units.csv", SubmissionFolder.UnitsCsv)
            .With("people.csv",
                "Mã đảng viên,Họ và tên,Năm sinh,Giới tính,Đảng viên,Ngày vào đảng\nDV001,Nguyễn Văn An,1980,Nam,có,03/02/2010");
        s.Ingest();
        Assert.Equal(1, s.Scalar("SELECT count(*) FROM person WHERE birth_year = 1980 AND gender = 'male' AND party_member " +
            "AND admitted_on = DATE '2010-02-03' AND person_key = " +
            keys.KeyOf("DV001")));
        Assert.Equal(1, s.Scalar("SELECT count(*) FROM person_identity i JOIN person p USING (person_key) " +
            "WHERE i.source_person_id = 'DV001' AND i.full_name = 'Nguyễn Văn An'"));
    }

    [Fact]
    public void A_corrected_person_replaces_the_old_row_and_a_rating_only_person_gets_an_identity()
    {
        using var s = new SubmissionFolder().WithRatings("R9,2024,person,DV009,CB01,party_member,final,HTNV,,,,,0")
            .With("people.csv", "person_id,full_name,birth_year\nDV001,Nguyen Van An,1980");
        s.Ingest();
        Assert.Equal(1, s.Scalar("SELECT count(*) FROM person_identity WHERE source_person_id = 'DV009' AND full_name IS NULL"));
        s.With("people.csv", "person_id,full_name,birth_year\nDV001,Nguyễn Văn An,1981\nDV009,Lê Thị Chín,1990");
        var report = s.Ingest();
        Assert.Equal(new KindCounts(2, 2, 0, 0), report.Outcome!.Kinds["people"]);
        Assert.Equal(new KindCounts(3, 0, 3, 0), report.Outcome!.Kinds["units"]);
        Assert.Equal(new KindCounts(1, 0, 1, 0), report.Outcome!.Kinds["ratings"]);
        Assert.Equal(2, s.Counts().People);
        Assert.Equal(1, s.Scalar("SELECT count(*) FROM person WHERE birth_year = 1981"));
        Assert.Equal(2, s.Scalar("SELECT count(*) FROM person_identity WHERE full_name IN ('Nguyễn Văn An', 'Lê Thị Chín')"));
        Assert.Equal(2, s.Scalar("SELECT count(*) FROM person_identity"));
    }

    /// <summary>Reads normally, then fails like a dropped network share.</summary>
    private sealed class FailingStream(Stream inner, long failAfter) : Stream
    {
        private long _read;
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => inner.Length;
        public override long Position { get => _read; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_read >= failAfter) throw new IOException("the network share went away");
            var n = inner.Read(buffer, offset, (int)Math.Min(count, failAfter - _read));
            _read += n;
            return n;
        }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        protected override void Dispose(bool disposing) { if (disposing) inner.Dispose(); base.Dispose(disposing); }
    }
}
