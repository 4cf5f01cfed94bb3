using System.Text;
using Analytics.Etl.Decoding;

namespace Analytics.Etl.Tests.Decoding;

public class HeaderCatalogTests
{
    [Fact]
    public void Columns_are_those_of_interchange_v1_in_order()
    {
        Assert.Equal(
            [
                "unit_code", "unit_name", "unit_kind", "parent_code", "counterpart_code", "area_code", "valid_from", "valid_to",
                "successor_code",
            ],
            HeaderCatalog.Columns(RecordKind.Units));
        Assert.Equal(
            ["person_id", "full_name", "birth_year", "gender", "party_member", "admitted_on"],
            HeaderCatalog.Columns(RecordKind.People));
        Assert.Equal(["person_id", "unit_code", "role", "valid_from", "valid_to"], HeaderCatalog.Columns(RecordKind.Positions));
        Assert.Equal(
            ["record_id", "period", "subject_kind", "subject_id", "unit_code", "role", "channel", "level", "score", "discipline",
             "comment", "decided_on", "revision"],
            HeaderCatalog.Columns(RecordKind.Ratings));
        Assert.Equal(["period", "unit_code", "role", "level", "count"], HeaderCatalog.Columns(RecordKind.Summaries));
        Assert.Equal(["period", "person_id", "residence_unit", "sentiment", "comment"], HeaderCatalog.Columns(RecordKind.Residence));
    }

    [Fact]
    public void Required_columns_are_the_starred_ones()
    {
        Assert.Equal(["unit_code", "unit_name", "unit_kind"], HeaderCatalog.Required(RecordKind.Units));
        Assert.Equal(["person_id", "full_name"], HeaderCatalog.Required(RecordKind.People));
        Assert.Equal(["person_id", "unit_code", "role", "valid_from"], HeaderCatalog.Required(RecordKind.Positions));
        Assert.Equal(
            ["record_id", "period", "subject_kind", "subject_id", "unit_code", "role", "channel", "level"],
            HeaderCatalog.Required(RecordKind.Ratings));
        Assert.Equal(["period", "unit_code", "role", "level", "count"], HeaderCatalog.Required(RecordKind.Summaries));
        Assert.Equal(["period", "person_id", "residence_unit", "sentiment"], HeaderCatalog.Required(RecordKind.Residence));
    }

    [Fact]
    public void Every_canonical_column_matches_itself_in_every_spelling()
    {
        foreach (RecordKind kind in Enum.GetValues<RecordKind>())
        {
            foreach (string column in HeaderCatalog.Columns(kind))
            {
                string[] words = column.Split('_');
                string spaced = string.Join(' ', words);
                string title = string.Join(' ', words.Select(w => char.ToUpperInvariant(w[0]) + w[1..])); // "Unit Code"
                string camel = words[0] + string.Concat(words.Skip(1).Select(w => char.ToUpperInvariant(w[0]) + w[1..])); // "unitCode"
                foreach (string header in new[] { column, column.ToUpperInvariant(), spaced, title, camel, column + "*", $" {column} " })
                {
                    Assert.Equal(column, HeaderCatalog.Match(kind, header));
                }
            }
        }
    }

    [Theory]
    [InlineData("Mã đơn vị", "unit_code")]
    [InlineData("MÃ ĐƠN VỊ", "unit_code")]
    [InlineData("ma don vi", "unit_code")]
    [InlineData("Mã đơn vị (*)", "unit_code")]
    [InlineData("Mã ĐV (unit_code)", "unit_code")]
    [InlineData("Tên đơn vị", "unit_name")]
    [InlineData("Đơn vị", "unit_name")]
    [InlineData("Loại đơn vị", "unit_kind")]
    [InlineData("Đơn vị cấp trên", "parent_code")]
    [InlineData("Đơn vị đối ứng", "counterpart_code")]
    [InlineData("Cơ quan tương ứng", "counterpart_code")]
    [InlineData("Mã địa bàn", "area_code")]
    [InlineData("Địa bàn", "area_code")]
    [InlineData("Từ ngày", "valid_from")]
    [InlineData("Đến ngày", "valid_to")]
    [InlineData("Đơn vị kế thừa", "successor_code")]
    [InlineData("Sáp nhập vào", "successor_code")]
    [InlineData("Ghi chú", null)]
    [InlineData("", null)]
    public void Units_headers(string header, string? expected) => AssertMatch(RecordKind.Units, header, expected);

    [Theory]
    [InlineData("Mã đảng viên", "person_id")]
    [InlineData("Mã cán bộ", "person_id")]
    [InlineData("Số thẻ đảng viên", "person_id")]
    [InlineData("Họ và tên", "full_name")]
    [InlineData("Họ tên", "full_name")]
    [InlineData("HO VA TEN", "full_name")]
    [InlineData("Năm sinh", "birth_year")]
    [InlineData("Giới tính", "gender")]
    [InlineData("Nam/Nữ", "gender")]
    [InlineData("Đảng viên", "party_member")]
    [InlineData("Đảng viên (có/không)", "party_member")]
    [InlineData("Ngày vào Đảng", "admitted_on")]
    [InlineData("Ngày vào Đảng (dd/mm/yyyy)", "admitted_on")]
    [InlineData("Ngày kết nạp", "admitted_on")]
    [InlineData("Năm", null)] // people have no period
    public void People_headers(string header, string? expected) => AssertMatch(RecordKind.People, header, expected);

    [Theory]
    [InlineData("Mã đảng viên", "person_id")]
    [InlineData("Mã cán bộ", "person_id")]
    [InlineData("Mã đơn vị", "unit_code")]
    [InlineData("Đơn vị", "unit_code")]
    [InlineData("Chức vụ", "role")]
    [InlineData("Vai trò", "role")]
    [InlineData("Từ ngày", "valid_from")]
    [InlineData("Đến ngày", "valid_to")]
    public void Positions_headers(string header, string? expected) => AssertMatch(RecordKind.Positions, header, expected);

    [Theory]
    [InlineData("Mã bản ghi", "record_id")]
    [InlineData("Số hiệu", "record_id")]
    [InlineData("Kỳ đánh giá", "period")]
    [InlineData("Năm", "period")]
    [InlineData("Loại đối tượng", "subject_kind")]
    [InlineData("Mã đối tượng", "subject_id")]
    [InlineData("Mã đảng viên", "subject_id")]
    [InlineData("Mã cán bộ", "subject_id")]
    [InlineData("Mã đơn vị", "unit_code")]
    [InlineData("Đối tượng", "role")]
    [InlineData("Vai trò", "role")]
    [InlineData("Kênh", "channel")]
    [InlineData("Bước", "channel")]
    [InlineData("Xếp loại", "level")]
    [InlineData("Mức xếp loại", "level")]
    [InlineData("XEP LOAI", "level")]
    [InlineData("Điểm", "score")]
    [InlineData("Kỷ luật", "discipline")]
    [InlineData("Hạn chế, khuyết điểm", "comment")]
    [InlineData("Nhận xét", "comment")]
    [InlineData("Ngày quyết định", "decided_on")]
    [InlineData("Lần sửa", "revision")]
    [InlineData("Phiên bản", "revision")]
    [InlineData("Năm sinh", null)]
    [InlineData("Số lượng", null)]
    public void Ratings_headers(string header, string? expected) => AssertMatch(RecordKind.Ratings, header, expected);

    [Theory]
    [InlineData("Năm", "period")]
    [InlineData("Kỳ đánh giá", "period")]
    [InlineData("Mã đơn vị", "unit_code")]
    [InlineData("Đối tượng", "role")]
    [InlineData("Xếp loại", "level")]
    [InlineData("Số lượng", "count")]
    [InlineData("Kênh", null)]
    public void Summaries_headers(string header, string? expected) => AssertMatch(RecordKind.Summaries, header, expected);

    [Theory]
    [InlineData("Năm", "period")]
    [InlineData("Mã đảng viên", "person_id")]
    [InlineData("Đơn vị cư trú", "residence_unit")]
    [InlineData("Chi bộ nơi cư trú", "residence_unit")]
    [InlineData("Đánh giá nơi cư trú", "sentiment")]
    [InlineData("Chiều hướng", "sentiment")]
    [InlineData("Ý kiến", "comment")]
    [InlineData("Nhận xét", "comment")]
    public void Residence_headers(string header, string? expected) => AssertMatch(RecordKind.Residence, header, expected);

    private static void AssertMatch(RecordKind kind, string header, string? expected)
    {
        Assert.Equal(expected, HeaderCatalog.Match(kind, header));
        Assert.Equal(expected, HeaderCatalog.Match(kind, header.Normalize(NormalizationForm.FormD)));
        Assert.Equal(expected, HeaderCatalog.Match(kind, header.ToUpperInvariant()));
    }
}
