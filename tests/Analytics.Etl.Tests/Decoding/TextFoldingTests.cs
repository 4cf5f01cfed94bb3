using System.Text;
using Analytics.Etl.Decoding;

namespace Analytics.Etl.Tests.Decoding;

public class TextFoldingTests
{
    [Theory]
    [InlineData("Hoàn thành tốt nhiệm vụ", "hoan thanh tot nhiem vu")]
    [InlineData("HOÀN THÀNH XUẤT SẮC NHIỆM VỤ", "hoan thanh xuat sac nhiem vu")]
    [InlineData("  Đảng   ủy  ", "dang uy")]
    [InlineData("Đảng uỷ", "dang uy")]
    [InlineData("đ Đ", "d d")]
    [InlineData("ă â ê ô ơ ư", "a a e o o u")]
    [InlineData("Ặ Ẫ Ệ Ổ Ợ Ữ Ỳ Ỹ", "a a e o o u y y")]
    [InlineData("unit_code", "unit code")]
    [InlineData("Unit Code", "unit code")]
    [InlineData("a--b..c__d", "a b c d")]
    [InlineData("a - _ . b", "a b")]
    [InlineData("tab\tand\nnew\r\nline", "tab and new line")]
    [InlineData("non\u00A0breaking", "non breaking")]
    [InlineData("zero\u200Bwidth\uFEFF", "zerowidth")]
    [InlineData("en\u2013dash", "en dash")]
    [InlineData("Trong sạch, vững mạnh", "trong sach, vung manh")]
    [InlineData("Q3/2024", "q3/2024")]
    [InlineData("HTXSNV", "htxsnv")]
    [InlineData("2024-12-15", "2024 12 15")]
    [InlineData("", "")]
    [InlineData("   ", "")]
    [InlineData("-_.", "")]
    public void Fold_lowers_strips_diacritics_and_collapses_separators(string text, string expected)
    {
        Assert.Equal(expected, TextFolding.Fold(text));
    }

    [Theory]
    [InlineData("Hoàn thành tốt nhiệm vụ")]
    [InlineData("Không xếp loại")]
    [InlineData("Vi phạm tư cách hoặc KHTNV")]
    [InlineData("Đủ tư cách, hoàn thành xuất sắc nhiệm vụ")]
    public void Fold_reads_decomposed_text_like_composed(string composed)
    {
        string decomposed = composed.Normalize(NormalizationForm.FormD);
        Assert.NotEqual(composed, decomposed);
        Assert.Equal(TextFolding.Fold(composed), TextFolding.Fold(decomposed));
    }

    [Fact]
    public void Fold_maps_every_Vietnamese_letter_to_an_ascii_letter()
    {
        const string Letters = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ";
        string all = Letters + Letters.ToUpperInvariant();
        string folded = TextFolding.Fold(all);

        Assert.Equal(all.Length, folded.Length);
        Assert.All(folded, c => Assert.True(char.IsAsciiLetterLower(c), $"'{c}' is not a lower-case ASCII letter"));
        Assert.Equal("aaaaaaaaaaaaaaaaaa", folded[..18]);
        Assert.Equal('d', folded[^1]);
    }

    [Fact]
    public void Fold_returns_already_folded_text_without_copying()
    {
        const string Text = "hoan thanh tot nhiem vu";
        Assert.Same(Text, TextFolding.Fold(Text));
        Assert.Same(Text, TextFolding.FoldWords(Text));
    }

    [Fact]
    public void Fold_handles_text_longer_than_the_stack_buffer()
    {
        string text = string.Concat(Enumerable.Repeat("Đảng viên ", 100));
        string expected = string.Join(' ', Enumerable.Repeat("dang vien", 100));
        Assert.Equal(expected, TextFolding.Fold(text));
    }

    [Theory]
    [InlineData("Trong sạch, vững mạnh", "trong sach vung manh")]
    [InlineData("Mã đơn vị (*)", "ma don vi")]
    [InlineData("unit_code*", "unit code")]
    [InlineData("Q3/2024", "q3 2024")]
    [InlineData("Nam/Nữ", "nam nu")]
    [InlineData("✓", "")]
    public void FoldWords_treats_all_punctuation_as_separators(string text, string expected)
    {
        Assert.Equal(expected, TextFolding.FoldWords(text));
    }

    [Theory]
    [InlineData("h t t n v", "httnv")]
    [InlineData("httnv", "httnv")]
    public void Compact_removes_spaces(string folded, string expected)
    {
        Assert.Equal(expected, TextFolding.Compact(folded));
    }
}
