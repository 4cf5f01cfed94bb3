using System.Text;
using Analytics.Etl.Decoding;

namespace Analytics.Etl.Tests.Decoding;

public class LevelParserTests
{
    [Theory]
    // Codes.
    [InlineData("HTXSNV", RatingLevel.Excellent)]
    [InlineData("HTTNV", RatingLevel.Good)]
    [InlineData("HTNV", RatingLevel.Completed)]
    [InlineData("KHTNV", RatingLevel.NotCompleted)]
    [InlineData("htxsnv", RatingLevel.Excellent)]
    [InlineData("Khtnv", RatingLevel.NotCompleted)]
    [InlineData(" HTTNV ", RatingLevel.Good)]
    [InlineData("H.T.T.N.V", RatingLevel.Good)]
    [InlineData("HT TNV", RatingLevel.Good)]
    // Official labels.
    [InlineData("Hoàn thành xuất sắc nhiệm vụ", RatingLevel.Excellent)]
    [InlineData("Hoàn thành tốt nhiệm vụ", RatingLevel.Good)]
    [InlineData("Hoàn thành nhiệm vụ", RatingLevel.Completed)]
    [InlineData("Không hoàn thành nhiệm vụ", RatingLevel.NotCompleted)]
    [InlineData("HOÀN THÀNH TỐT NHIỆM VỤ", RatingLevel.Good)]
    [InlineData("hoàn thành  xuất sắc  nhiệm vụ.", RatingLevel.Excellent)]
    // No diacritics, and half-typed diacritics.
    [InlineData("Hoan thanh xuat sac nhiem vu", RatingLevel.Excellent)]
    [InlineData("Hoan thanh tot nhiem vu", RatingLevel.Good)]
    [InlineData("hoan thanh nhiem vu", RatingLevel.Completed)]
    [InlineData("KHONG HOAN THANH NHIEM VU", RatingLevel.NotCompleted)]
    [InlineData("Hoàn thành tôt nhiêm vu", RatingLevel.Good)]
    [InlineData("Hoanthanhtotnhiemvu", RatingLevel.Good)]
    // Short forms.
    [InlineData("HT xuất sắc", RatingLevel.Excellent)]
    [InlineData("HT xuất sắc NV", RatingLevel.Excellent)]
    [InlineData("HT xuất sắc nhiệm vụ", RatingLevel.Excellent)]
    [InlineData("Hoàn thành xuất sắc", RatingLevel.Excellent)]
    [InlineData("HTXS", RatingLevel.Excellent)]
    [InlineData("HT XS", RatingLevel.Excellent)]
    [InlineData("Xuất sắc", RatingLevel.Excellent)]
    [InlineData("xuat sac", RatingLevel.Excellent)]
    [InlineData("HT tốt", RatingLevel.Good)]
    [InlineData("HT tot", RatingLevel.Good)]
    [InlineData("HT tốt NV", RatingLevel.Good)]
    [InlineData("Hoàn thành tốt", RatingLevel.Good)]
    [InlineData("Hoàn thành tốt NV", RatingLevel.Good)]
    [InlineData("HTT", RatingLevel.Good)]
    [InlineData("Hoàn thành", RatingLevel.Completed)]
    [InlineData("HT", RatingLevel.Completed)]
    [InlineData("HT NV", RatingLevel.Completed)]
    [InlineData("Hoàn thành NV", RatingLevel.Completed)]
    [InlineData("Không HT", RatingLevel.NotCompleted)]
    [InlineData("Khong HT", RatingLevel.NotCompleted)]
    [InlineData("Không HTNV", RatingLevel.NotCompleted)]
    [InlineData("Không hoàn thành", RatingLevel.NotCompleted)]
    [InlineData("KHT", RatingLevel.NotCompleted)]
    // English and enum names.
    [InlineData("excellent", RatingLevel.Excellent)]
    [InlineData("Good", RatingLevel.Good)]
    [InlineData("completed", RatingLevel.Completed)]
    [InlineData("not_completed", RatingLevel.NotCompleted)]
    [InlineData("NotCompleted", RatingLevel.NotCompleted)]
    public void Current_spellings_read_as_levels(string raw, RatingLevel expected)
    {
        Assert.Equal(new LevelReading(LevelOutcome.Level, expected, false, null), LevelParser.Parse(raw));
    }

    [Theory]
    [InlineData("Hoàn thành xuất sắc nhiệm vụ", RatingLevel.Excellent)]
    [InlineData("Hoàn thành tốt nhiệm vụ", RatingLevel.Good)]
    [InlineData("Hoàn thành nhiệm vụ", RatingLevel.Completed)]
    [InlineData("Không hoàn thành nhiệm vụ", RatingLevel.NotCompleted)]
    [InlineData("HT xuất sắc", RatingLevel.Excellent)]
    [InlineData("Không HT", RatingLevel.NotCompleted)]
    public void Decomposed_unicode_reads_like_composed(string composed, RatingLevel expected)
    {
        string decomposed = composed.Normalize(NormalizationForm.FormD);
        Assert.NotEqual(composed, decomposed);
        Assert.Equal(new LevelReading(LevelOutcome.Level, expected, false, null), LevelParser.Parse(decomposed));
    }

    [Theory]
    // Organisations before 2018 (27-HD/BTCTW, 2014).
    [InlineData("Trong sạch vững mạnh", RatingLevel.Excellent)]
    [InlineData("Trong sạch, vững mạnh", RatingLevel.Excellent)]
    [InlineData("TRONG SACH VUNG MANH", RatingLevel.Excellent)]
    [InlineData("TSVM", RatingLevel.Excellent)]
    [InlineData("tsvm", RatingLevel.Excellent)]
    [InlineData("TSVM tiêu biểu", RatingLevel.Excellent)]
    [InlineData("TSVMTB", RatingLevel.Excellent)]
    [InlineData("Trong sạch vững mạnh tiêu biểu", RatingLevel.Excellent)]
    [InlineData("Yếu kém", RatingLevel.NotCompleted)]
    [InlineData("yeu kem", RatingLevel.NotCompleted)]
    // Members before 2018.
    [InlineData("Đủ tư cách, hoàn thành xuất sắc nhiệm vụ", RatingLevel.Excellent)]
    [InlineData("Đủ tư cách hoàn thành xuất sắc nhiệm vụ", RatingLevel.Excellent)]
    [InlineData("Đủ tư cách HTXSNV", RatingLevel.Excellent)]
    [InlineData("Du tu cach HTXSNV", RatingLevel.Excellent)]
    [InlineData("ĐTC HTXSNV", RatingLevel.Excellent)]
    [InlineData("Đủ tư cách, hoàn thành tốt nhiệm vụ", RatingLevel.Good)]
    [InlineData("Đủ tư cách HTTNV", RatingLevel.Good)]
    [InlineData("Đủ tư cách - HT tốt", RatingLevel.Good)]
    [InlineData("Đủ tư cách, hoàn thành nhiệm vụ", RatingLevel.Completed)]
    [InlineData("Đủ tư cách HTNV", RatingLevel.Completed)]
    [InlineData("Vi phạm tư cách hoặc KHTNV", RatingLevel.NotCompleted)]
    [InlineData("Vi phạm tư cách hoặc không hoàn thành nhiệm vụ", RatingLevel.NotCompleted)]
    [InlineData("Vi phạm tư cách", RatingLevel.NotCompleted)]
    [InlineData("Vi phạm tư cách đảng viên", RatingLevel.NotCompleted)]
    // Civil servants before Decree 90/2020.
    [InlineData("Hoàn thành nhiệm vụ nhưng còn hạn chế về năng lực", RatingLevel.Completed)]
    [InlineData("HTNV nhưng còn hạn chế", RatingLevel.Completed)]
    public void Legacy_labels_read_as_levels_marked_legacy(string raw, RatingLevel expected)
    {
        Assert.Equal(new LevelReading(LevelOutcome.Level, expected, true, null), LevelParser.Parse(raw));
    }

    [Theory]
    [InlineData("Trong sạch vững mạnh")]
    [InlineData("Đủ tư cách, hoàn thành tốt nhiệm vụ")]
    [InlineData("Vi phạm tư cách hoặc KHTNV")]
    [InlineData("Yếu kém")]
    public void Decomposed_legacy_labels_read_too(string composed)
    {
        LevelReading reading = LevelParser.Parse(composed.Normalize(NormalizationForm.FormD));
        Assert.Equal(LevelParser.Parse(composed), reading);
        Assert.True(reading.Legacy);
    }

    [Theory]
    [InlineData("not_rated")]
    [InlineData("NOT_RATED")]
    [InlineData("not rated")]
    [InlineData("Không xếp loại")]
    [InlineData("không xếp loại")]
    [InlineData("Khong xep loai")]
    [InlineData("Chưa xếp loại")]
    [InlineData("KXL")]
    [InlineData("kxl")]
    [InlineData("CXL")]
    [InlineData("Không đánh giá, xếp loại")]
    [InlineData("Chưa đánh giá")]
    [InlineData("Miễn đánh giá, xếp loại")]
    [InlineData("Không xếp loại (đình chỉ sinh hoạt đảng)")]
    [InlineData("KXL - mới kết nạp")]
    public void Not_rated_spellings_read_as_a_status(string raw)
    {
        Assert.Equal(new LevelReading(LevelOutcome.NotRated, default, false, null), LevelParser.Parse(raw));
        Assert.Equal(LevelOutcome.NotRated, LevelParser.Parse(raw.Normalize(NormalizationForm.FormD)).Outcome);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t")]
    [InlineData("-")]
    [InlineData(null)]
    public void Blank_cells_are_empty(string? raw)
    {
        Assert.Equal(new LevelReading(LevelOutcome.Empty, default, false, null), LevelParser.Parse(raw!));
    }

    [Theory]
    [InlineData("HTTNV trở lên", RatingLevel.Good)]
    [InlineData("từ HTTNV trở lên", RatingLevel.Good)]
    [InlineData("Từ hoàn thành tốt nhiệm vụ trở lên", RatingLevel.Good)]
    [InlineData("HT tốt trở lên", RatingLevel.Good)]
    [InlineData("HTNV tro len", RatingLevel.Completed)]
    [InlineData("HTNV trở xuống", RatingLevel.Completed)]
    [InlineData("khá trở lên", default(RatingLevel))]
    public void Ranges_are_not_levels(string raw, RatingLevel bound)
    {
        Assert.Equal(new LevelReading(LevelOutcome.Range, bound, false, null), LevelParser.Parse(raw));
    }

    [Theory]
    [InlineData("HTTTNV", "HTTNV")]
    [InlineData("KHTNVV", "KHTNV")]
    [InlineData("HTXSNVV", "HTXSNV")]
    [InlineData("HTXNV", "HTXSNV")] // a dropped letter beats a substitution (HTTNV)
    [InlineData("HTXSVN", "HTXSNV")] // transposition
    [InlineData("KHTVN", "KHTNV")] // transposition
    [InlineData("HHTNV", "HTNV")] // a doubled letter beats a substitution (KHTNV)
    [InlineData("TSVN", "HTXSNV")] // legacy TSVM
    [InlineData("Hoàn thàn xuất sắc nhiệm vụ", "HTXSNV")]
    [InlineData("Hoan thanh tot nhiem vuu", "HTTNV")]
    [InlineData("Không hoàn thành nhiệm", "KHTNV")]
    [InlineData("not_rate", "not_rated")]
    [InlineData("Tốt", "HTTNV")] // ambiguous alone: Tốt/Khá/Trung bình/Yếu scales exist
    [InlineData("tot", "HTTNV")]
    [InlineData("xyz", null)]
    [InlineData("Khá", null)] // one edit from "KHT", but short spellings never suggest
    [InlineData("Đủ tư cách", null)]
    [InlineData("4", null)]
    [InlineData("HTXSNV (20%)", null)]
    public void Unknown_text_suggests_the_nearest_code(string raw, string? suggestion)
    {
        Assert.Equal(new LevelReading(LevelOutcome.Unknown, default, false, suggestion), LevelParser.Parse(raw));
    }

    [Theory]
    [InlineData(RatingLevel.Excellent, "HTXSNV", "Hoàn thành xuất sắc nhiệm vụ")]
    [InlineData(RatingLevel.Good, "HTTNV", "Hoàn thành tốt nhiệm vụ")]
    [InlineData(RatingLevel.Completed, "HTNV", "Hoàn thành nhiệm vụ")]
    [InlineData(RatingLevel.NotCompleted, "KHTNV", "Không hoàn thành nhiệm vụ")]
    public void Code_and_label_round_trip(RatingLevel level, string code, string label)
    {
        Assert.Equal(code, LevelParser.Code(level));
        Assert.Equal(label, LevelParser.Label(level));
        Assert.True(LevelParser.Label(level).IsNormalized(NormalizationForm.FormC));
        Assert.Equal(new LevelReading(LevelOutcome.Level, level, false, null), LevelParser.Parse(code));
        Assert.Equal(new LevelReading(LevelOutcome.Level, level, false, null), LevelParser.Parse(label));
    }

    [Fact]
    public void Code_and_label_reject_undefined_levels()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => LevelParser.Code(default));
        Assert.Throws<ArgumentOutOfRangeException>(() => LevelParser.Label((RatingLevel)5));
    }

    [Theory]
    [InlineData("httnv", "httnv", 0)]
    [InlineData("htttnv", "httnv", 1)]
    [InlineData("htntv", "httnv", 1)]
    [InlineData("xyz", "ht", 3)]
    [InlineData("", "abc", 3)]
    public void Edit_distance_counts_insertions_deletions_substitutions_and_transpositions(string a, string b, int expected)
    {
        Assert.Equal(expected, LevelSuggestion.EditDistance(a, b));
        Assert.Equal(expected, LevelSuggestion.EditDistance(b, a));
    }
}
