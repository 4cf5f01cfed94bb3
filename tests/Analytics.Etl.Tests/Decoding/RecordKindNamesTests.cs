using System.Text;
using Analytics.Etl.Decoding;

namespace Analytics.Etl.Tests.Decoding;

public class RecordKindNamesTests
{
    [Theory]
    [InlineData(RecordKind.Units, "units")]
    [InlineData(RecordKind.People, "people")]
    [InlineData(RecordKind.Positions, "positions")]
    [InlineData(RecordKind.Ratings, "ratings")]
    [InlineData(RecordKind.Summaries, "summaries")]
    [InlineData(RecordKind.Residence, "residence")]
    public void File_name_round_trips(RecordKind kind, string name)
    {
        Assert.Equal(name, RecordKindNames.FileName(kind));
        Assert.Equal(kind, RecordKindNames.FromName(name));
        Assert.Equal(kind, RecordKindNames.FromName(name.ToUpperInvariant()));
    }

    [Theory]
    [InlineData("Đơn vị", RecordKind.Units)]
    [InlineData("don_vi", RecordKind.Units)]
    [InlineData("1. Đơn vị", RecordKind.Units)]
    [InlineData("Nhân sự", RecordKind.People)]
    [InlineData("Đảng viên", RecordKind.People)]
    [InlineData("can_bo", RecordKind.People)]
    [InlineData("Chức vụ", RecordKind.Positions)]
    [InlineData("Vị trí", RecordKind.Positions)]
    [InlineData("Xếp loại", RecordKind.Ratings)]
    [InlineData("Đánh giá", RecordKind.Ratings)]
    [InlineData("02_xep_loai", RecordKind.Ratings)]
    [InlineData("Tổng hợp", RecordKind.Summaries)]
    [InlineData("Biểu tổng hợp", RecordKind.Summaries)]
    [InlineData("BIEU-TONG-HOP", RecordKind.Summaries)]
    [InlineData("Nơi cư trú", RecordKind.Residence)]
    [InlineData("Cư trú", RecordKind.Residence)]
    public void Vietnamese_names(string name, RecordKind expected)
    {
        Assert.Equal(expected, RecordKindNames.FromName(name));
        Assert.Equal(expected, RecordKindNames.FromName(name.Normalize(NormalizationForm.FormD)));
    }

    [Theory]
    [InlineData("Sheet1")]
    [InlineData("")]
    [InlineData("2024")]
    [InlineData("ratings_old")]
    public void Unknown_names(string name) => Assert.Null(RecordKindNames.FromName(name));
}
