using System.Text;
using Analytics.Etl.Loading;
using Analytics.Etl.Tests.Helpers;
using Analytics.Etl.Validation;

namespace Analytics.Etl.Tests.Decoding;

/// <summary>Text files the corpus still tripped on: Excel's "Unicode Text" (UTF-16 with its byte order
/// mark, tab-separated); a NUL typed into one cell; a quote opened and never closed; a cell longer than
/// a cell can be. Each either loads, or sets aside its row, or refuses its file with the reason.</summary>
public sealed class HostileCsvTests
{
    private static byte[] Utf16(string text) =>
        [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text.ReplaceLineEndings("\r\n") + "\r\n")];

    [Fact]
    public void Excels_unicode_text_loads_with_its_tabs_as_separators()
    {
        using var folder = new SubmissionFolder()
            .With("units.txt", Utf16(SubmissionFolder.UnitsCsv.Replace(',', '\t')))
            .With("ratings.txt", Utf16("""
                Mã bản ghi	Kỳ đánh giá	Loại đối tượng	Mã đảng viên	Mã chi bộ	Vai trò	Kênh	Xếp loại	Nhận xét
                R1	2024	person	DV001	CB01	party_member	final	Hoàn thành tốt nhiệm vụ	Còn hạn chế, "chưa" chủ động
                """));

        var report = folder.Ingest();

        Assert.Equal(IngestStatus.Loaded, report.Status);
        Assert.Equal(0, report.Outcome!.Quarantined);
        Assert.Equal([("ratings.txt", "utf-16le", "\t"), ("units.txt", "utf-16le", "\t")],
            report.Files.Select(f => (f.File, f.Encoding, f.Separator)).Order());
        Assert.Equal(3, folder.Scalar("SELECT level FROM rating WHERE record_id = 'R1'"));
        Assert.Equal(1, folder.Scalar("SELECT count(*) FROM rating WHERE comment = 'Còn hạn chế, \"chưa\" chủ động'"));
    }

    [Fact]
    public void A_nul_inside_one_cell_sets_aside_that_row_and_the_rest_loads()
    {
        using var folder = new SubmissionFolder().WithRatings(
            "R1,2024,person,DV001,CB01,party_member,final,HTTNV,,,Tốt\0 lắm,,0",
            "R2,2024,person,DV002,CB01,party_member,final,HTNV,,,,,0");

        var report = folder.Ingest();

        Assert.Equal(IngestStatus.Loaded, report.Status);
        Assert.Equal(1, folder.Scalar("SELECT count(*) FROM rating"));
        var reject = Assert.Single(folder.Rejects());
        Assert.Equal(("ratings", 2L, "comment", Reasons.ControlCharacter), (reject.RecordKind, reject.Line, reject.Column, reject.Reason));
        Assert.Equal("'comment' holds a control character (such as NUL, byte 0) that is no text; correct the cell and send the row again",
            reject.Message);
        Assert.Contains("Tốt\u2400 lắm", reject.Raw, StringComparison.Ordinal);
    }

    [Fact]
    public void A_quote_never_closed_refuses_the_file_where_its_row_began()
    {
        var lines = new StringBuilder("R1,2024,person,DV001,CB01,party_member,final,HTTNV,,,\"Chưa đóng ngoặc,,0\n");
        for (var i = 2; i < 20_000; i++) lines.Append($"R{i},2024,person,DV{i:00000},CB01,party_member,final,HTTNV,,,Bình thường,,0\n");
        using var folder = new SubmissionFolder().WithRatings("R0,2024,person,DV000,CB01,party_member,final,HTNV,,,,,0", lines.ToString());

        var report = folder.Ingest();

        Assert.Equal(IngestStatus.Rejected, report.Status);
        Assert.Equal("ratings.csv: the row beginning on line 3 is longer than 1,048,576 characters — " +
            "most likely a quote (\") opened and never closed; close it (or double a quote inside a cell: \"\") and send the file again",
            report.Reason);
    }

    [Fact]
    public void A_cell_longer_than_a_cell_can_be_sets_aside_its_row()
    {
        using var folder = new SubmissionFolder().WithRatings(
            $"R1,2024,person,DV001,CB01,party_member,final,HTTNV,,,{new string('x', 40_000)},,0",
            "R2,2024,person,DV002,CB01,party_member,final,HTNV,,,,,0");

        folder.Ingest();

        var reject = Assert.Single(folder.Rejects());
        Assert.Equal((2L, "comment", Reasons.TooLong), (reject.Line, reject.Column, reject.Reason));
        Assert.Equal(1, folder.Scalar("SELECT count(*) FROM rating WHERE record_id = 'R2'"));
    }
}
