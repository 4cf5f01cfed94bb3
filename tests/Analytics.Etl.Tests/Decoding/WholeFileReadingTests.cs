using System.Text;
using Analytics.Etl.Decoding;
using Analytics.Etl.Sources;

namespace Analytics.Etl.Tests.Decoding;

/// <summary>A file smaller than the detection sample is decoded at once from the bytes already read; a
/// larger one is streamed. Both must read the same cells in every supported encoding, byte order mark or
/// not.</summary>
public sealed class WholeFileReadingTests
{
    private const string Header = "Mã bản ghi,Kỳ đánh giá,Loại đối tượng,Mã đảng viên,Mã chi bộ,Vai trò,Kênh,Xếp loại,Nhận xét";

    private static string Row(int i) =>
        $"R{i},2024,person,DV{i:000000},CB01,party_member,final,Hoàn thành tốt nhiệm vụ,\"Còn hạn chế, chưa chủ động {i}\"";

    [Theory]
    [InlineData("utf-8", true)]
    [InlineData("utf-8", false)]
    [InlineData("utf-16le", true)]
    [InlineData("utf-16be", true)]
    [InlineData("tcvn3", false)]
    [InlineData("vni", false)]
    [InlineData("windows-1258", false)]
    public void A_small_file_reads_the_cells_a_streamed_file_reads(string encodingName, bool byteOrderMark)
    {
        Assert.True(VietnameseEncodings.TryParseName(encodingName, out var encoding));
        var small = File(encoding, byteOrderMark, rows: 50);
        var large = File(encoding, byteOrderMark, rows: 25_000);   // past the 1 MiB sample in every encoding
        Assert.True(small.Length < 1 << 20 && large.Length > 1 << 20, $"{small.Length} and {large.Length} bytes");

        var fromSmall = Cells(small, 50);
        var fromLarge = Cells(large, 50);

        Assert.Equal(fromLarge, fromSmall);
        Assert.Equal(Header, fromSmall[0]);   // a byte order mark is no part of the first column's name
        Assert.Equal("R0|DV000000|Hoàn thành tốt nhiệm vụ|Còn hạn chế, chưa chủ động 0", fromSmall[1]);
        Assert.Equal(51, fromSmall.Count);
    }

    private static SubmissionFile File(SourceEncoding encoding, bool byteOrderMark, int rows)
    {
        var text = new StringBuilder(Header).Append("\r\n");
        for (var i = 0; i < rows; i++) text.Append(Row(i)).Append("\r\n");
        var codec = VietnameseEncodings.Get(encoding);
        // Legacy encodings carry decomposed tone marks where their tables do; NFC text encodes in all.
        byte[] bytes = [.. byteOrderMark ? codec.GetPreamble() : [], .. codec.GetBytes(text.ToString())];
        return new SubmissionFile("ratings.csv", bytes.Length, () => new MemoryStream(bytes, writable: false));
    }

    private static List<string> Cells(SubmissionFile file, int rows)
    {
        using var reader = CsvRecordReader.Open(file, RecordKind.Ratings, null);
        var columns = new[] { "record_id", "subject_id", "level", "comment" }
            .Select(c => CsvRecordReader.IndexOf(reader.Columns, c)).ToArray();
        var cells = new List<string> { reader.HeaderLine.Normalize() };   // Windows-1258 delivers decomposed marks
        while (cells.Count <= rows && reader.Read()) cells.Add(string.Join('|', columns.Select(c => reader[c])));
        return cells;
    }
}
