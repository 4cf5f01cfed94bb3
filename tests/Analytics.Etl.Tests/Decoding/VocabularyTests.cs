using System.Text;
using Analytics.Etl.Decoding;

namespace Analytics.Etl.Tests.Decoding;

public class VocabularyTests
{
    [Theory]
    [InlineData("party_committee", "party_committee")]
    [InlineData("Party Committee", "party_committee")]
    [InlineData("đảng bộ", "party_committee")]
    [InlineData("Đảng ủy", "party_committee")]
    [InlineData("Đảng uỷ", "party_committee")]
    [InlineData("dang uy", "party_committee")]
    [InlineData("Huyện ủy", "party_committee")]
    [InlineData("grassroots_party_org", "grassroots_party_org")]
    [InlineData("Tổ chức cơ sở đảng", "grassroots_party_org")]
    [InlineData("TCCSĐ", "grassroots_party_org")]
    [InlineData("Đảng bộ cơ sở", "grassroots_party_org")]
    [InlineData("Chi bộ cơ sở", "grassroots_party_org")]
    [InlineData("party_cell", "party_cell")]
    [InlineData("Chi bộ", "party_cell")]
    [InlineData("CHI BO", "party_cell")]
    [InlineData("Chi bộ trực thuộc", "party_cell")]
    [InlineData("leadership_collective", "leadership_collective")]
    [InlineData("Tập thể lãnh đạo, quản lý", "leadership_collective")]
    [InlineData("Ban thường vụ", "leadership_collective")]
    [InlineData("government_body", "government_body")]
    [InlineData("Ủy ban nhân dân", "government_body")]
    [InlineData("UBND", "government_body")]
    [InlineData("Chính quyền", "government_body")]
    [InlineData("agency", "agency")]
    [InlineData("Cơ quan", "agency")]
    [InlineData("đơn vị", "agency")]
    [InlineData("Cơ quan, đơn vị", "agency")]
    [InlineData("fatherland_front", "fatherland_front")]
    [InlineData("Mặt trận Tổ quốc", "fatherland_front")]
    [InlineData("MTTQ", "fatherland_front")]
    [InlineData("Ủy ban MTTQ", "fatherland_front")]
    [InlineData("mass_org", "mass_org")]
    [InlineData("Đoàn thể", "mass_org")]
    [InlineData("Hội", "mass_org")]
    [InlineData("Hội Cựu chiến binh", "mass_org")]
    [InlineData("Tổ chức chính trị - xã hội", "mass_org")]
    public void Unit_kinds(string raw, string expected) => AssertReads(Vocabulary.TryUnitKind, raw, expected);

    [Theory]
    [InlineData("Đảng bộ xã")] // grassroots or not changed with the 2025 reform: must be stated
    [InlineData("xyz")]
    [InlineData("")]
    public void Unknown_unit_kinds(string raw) => AssertUnread(Vocabulary.TryUnitKind, raw);

    [Theory]
    [InlineData("member", "member")]
    [InlineData("Thành viên", "member")]
    [InlineData("Đảng viên", "member")]
    [InlineData("Ủy viên Ban Thường vụ", "member")]
    [InlineData("head", "head")]
    [InlineData("Bí thư", "head")]
    [InlineData("Bí thư chi bộ", "head")]
    [InlineData("Người đứng đầu", "head")]
    [InlineData("Thủ trưởng", "head")]
    [InlineData("Trưởng phòng", "head")]
    [InlineData("Chủ tịch UBND", "head")]
    [InlineData("Giám đốc", "head")]
    [InlineData("Chánh Văn phòng", "head")]
    [InlineData("deputy", "deputy")]
    [InlineData("Phó", "deputy")]
    [InlineData("Phó Bí thư", "deputy")]
    [InlineData("Phó trưởng phòng", "deputy")]
    [InlineData("Phó Giám đốc", "deputy")]
    [InlineData("Cấp phó", "deputy")]
    [InlineData("staff", "staff")]
    [InlineData("Cán bộ", "staff")]
    [InlineData("Công chức", "staff")]
    [InlineData("Nhân viên", "staff")]
    [InlineData("Chuyên viên chính", "staff")]
    public void Position_roles(string raw, string expected) => AssertReads(Vocabulary.TryPositionRole, raw, expected);

    [Theory]
    [InlineData("organisation", "organisation")]
    [InlineData("organization", "organisation")]
    [InlineData("Tổ chức đảng", "organisation")]
    [InlineData("Chi bộ", "organisation")]
    [InlineData("collective", "collective")]
    [InlineData("Tập thể lãnh đạo, quản lý", "collective")]
    [InlineData("party_member", "party_member")]
    [InlineData("Party Member", "party_member")]
    [InlineData("Đảng viên", "party_member")]
    [InlineData("leader", "leader")]
    [InlineData("Cán bộ lãnh đạo, quản lý", "leader")]
    [InlineData("Người đứng đầu", "leader")]
    [InlineData("civil_servant", "civil_servant")]
    [InlineData("Cán bộ, công chức, viên chức", "civil_servant")]
    [InlineData("CBCCVC", "civil_servant")]
    [InlineData("Công chức", "civil_servant")]
    public void Rating_roles(string raw, string expected) => AssertReads(Vocabulary.TryRatingRole, raw, expected);

    [Theory]
    [InlineData("self", "self")]
    [InlineData("SELF", "self")]
    [InlineData("Tự đánh giá", "self")]
    [InlineData("Tự xếp loại", "self")]
    [InlineData("Cá nhân tự đánh giá", "self")]
    [InlineData("Kết quả tự đánh giá, xếp loại", "self")]
    [InlineData("proposed", "proposed")]
    [InlineData("Đề xuất", "proposed")]
    [InlineData("Thẩm định", "proposed")]
    [InlineData("Tập thể đề xuất", "proposed")]
    [InlineData("Chi ủy đề xuất xếp loại", "proposed")]
    [InlineData("final", "final")]
    [InlineData("Quyết định", "final")]
    [InlineData("Cấp có thẩm quyền", "final")]
    [InlineData("Cấp có thẩm quyền quyết định", "final")]
    [InlineData("Kết quả", "final")]
    [InlineData("Kết quả xếp loại", "final")]
    public void Channels(string raw, string expected) => AssertReads(Vocabulary.TryChannel, raw, expected);

    [Theory]
    [InlineData("none", "none")]
    [InlineData("", "none")]
    [InlineData("  ", "none")]
    [InlineData("Không", "none")]
    [InlineData("không có", "none")]
    [InlineData("reprimand", "reprimand")]
    [InlineData("Khiển trách", "reprimand")]
    [InlineData("KHIEN TRACH", "reprimand")]
    [InlineData("warning", "warning")]
    [InlineData("Cảnh cáo", "warning")]
    [InlineData("Kỷ luật cảnh cáo", "warning")]
    [InlineData("removal", "removal")]
    [InlineData("Cách chức", "removal")]
    [InlineData("dismissal", "dismissal")]
    [InlineData("Buộc thôi việc", "dismissal")]
    [InlineData("expulsion", "expulsion")]
    [InlineData("Khai trừ", "expulsion")]
    [InlineData("Khai trừ khỏi Đảng", "expulsion")]
    [InlineData("Khiển trách (Đảng), cảnh cáo (chính quyền)", "warning")]
    public void Disciplines(string raw, string expected) => AssertReads(Vocabulary.TryDiscipline, raw, expected);

    [Theory]
    [InlineData("Hạ bậc lương")] // administrative measures with no value in interchange v1
    [InlineData("Giáng chức")]
    [InlineData("xyz")]
    public void Unknown_disciplines(string raw) => AssertUnread(Vocabulary.TryDiscipline, raw);

    [Theory]
    [InlineData("none", 0)]
    [InlineData("reprimand", 1)]
    [InlineData("warning", 2)]
    [InlineData("removal", 3)]
    [InlineData("dismissal", 4)]
    [InlineData("expulsion", 5)]
    [InlineData("Cảnh cáo", 2)]
    [InlineData("", 0)]
    public void Discipline_severity(string discipline, int expected)
    {
        Assert.Equal(expected, Vocabulary.DisciplineSeverity(discipline));
    }

    [Fact]
    public void Discipline_severity_rejects_unknown_values()
    {
        var error = Assert.Throws<ArgumentException>(() => Vocabulary.DisciplineSeverity("giáng chức"));
        Assert.Contains("'giáng chức' is not a discipline", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("unit", "unit")]
    [InlineData("Tập thể", "unit")]
    [InlineData("Tổ chức", "unit")]
    [InlineData("Đơn vị", "unit")]
    [InlineData("person", "person")]
    [InlineData("Cá nhân", "person")]
    [InlineData("ca nhan", "person")]
    public void Subject_kinds(string raw, string expected) => AssertReads(Vocabulary.TrySubjectKind, raw, expected);

    [Theory]
    [InlineData("positive", "positive")]
    [InlineData("Tích cực", "positive")]
    [InlineData("Tốt", "positive")]
    [InlineData("negative", "negative")]
    [InlineData("Tiêu cực", "negative")]
    [InlineData("Chưa tốt", "negative")]
    [InlineData("Phản ánh", "negative")]
    [InlineData("Có phản ánh", "negative")]
    [InlineData("none", "none")]
    [InlineData("", "none")]
    [InlineData("Không", "none")]
    [InlineData("Không có ý kiến", "none")]
    [InlineData("Không có phản ánh", "none")]
    public void Sentiments(string raw, string expected) => AssertReads(Vocabulary.TrySentiment, raw, expected);

    [Theory]
    [InlineData("male", "male")]
    [InlineData("Nam", "male")]
    [InlineData("M", "male")]
    [InlineData("female", "female")]
    [InlineData("Nữ", "female")]
    [InlineData("nu", "female")]
    [InlineData("F", "female")]
    [InlineData("other", "other")]
    [InlineData("Khác", "other")]
    public void Genders(string raw, string expected) => AssertReads(Vocabulary.TryGender, raw, expected);

    [Theory]
    [InlineData("true", true)]
    [InlineData("TRUE", true)]
    [InlineData("1", true)]
    [InlineData("yes", true)]
    [InlineData("x", true)]
    [InlineData("X", true)]
    [InlineData("có", true)]
    [InlineData("Co", true)]
    [InlineData("Đúng", true)]
    [InlineData("✓", true)]
    [InlineData("false", false)]
    [InlineData("0", false)]
    [InlineData("no", false)]
    [InlineData("Không", false)]
    [InlineData("khong", false)]
    [InlineData("Sai", false)]
    public void Booleans(string raw, bool expected)
    {
        Assert.True(Vocabulary.TryBool(raw, out bool value));
        Assert.Equal(expected, value);
        Assert.True(Vocabulary.TryBool(raw.Normalize(NormalizationForm.FormD), out bool decomposed));
        Assert.Equal(expected, decomposed);
    }

    [Theory]
    [InlineData("")] // blank is "not given": the caller decides between false and unknown
    [InlineData("  ")]
    [InlineData("maybe")]
    [InlineData("2")]
    public void Unknown_booleans(string raw)
    {
        Assert.False(Vocabulary.TryBool(raw, out bool value));
        Assert.False(value);
    }

    private delegate bool TryRead(string raw, out string value);

    private static void AssertReads(TryRead read, string raw, string expected)
    {
        Assert.True(read(raw, out string value), $"'{raw}' was not read");
        Assert.Equal(expected, value);
        Assert.True(read(raw.Normalize(NormalizationForm.FormD), out string decomposed), $"NFD '{raw}' was not read");
        Assert.Equal(expected, decomposed);
        Assert.True(read(raw.ToUpperInvariant(), out string upper), $"'{raw.ToUpperInvariant()}' was not read");
        Assert.Equal(expected, upper);
    }

    private static void AssertUnread(TryRead read, string raw)
    {
        Assert.False(read(raw, out string value));
        Assert.Equal("", value);
    }
}
