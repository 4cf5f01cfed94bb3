using System.Text;
using Analytics.Etl.Decoding;

namespace Analytics.Synthetic.Tests;

/// <summary>The generator spells the interchange format itself (kinds, headers, levels, legacy encodings);
/// these tests hold its spelling against the loader's tables, so either side drifting shows here.</summary>
public sealed class LoaderAgreementTests
{
    [Fact]
    public void Every_level_spelling_the_generator_writes_reads_back_as_its_level()
    {
        foreach (var (spelling, grade) in LevelSpeller.All())
        {
            var reading = LevelParser.Parse(spelling);
            var read = reading.Outcome switch
            {
                LevelOutcome.Level => (Grade)(byte)reading.Level,
                LevelOutcome.NotRated => Grade.NotRated,
                _ => (Grade)255,
            };
            Assert.True(read == grade, $"'{spelling}' reads as {reading.Outcome} {reading.Level}, not {grade}");
        }
    }

    [Fact]
    public void The_kinds_are_the_loaders_record_kinds_in_the_same_order_and_file_names()
    {
        Assert.Equal(Enum.GetValues<RecordKind>().Select(k => RecordKindNames.FileName(k)),
            Enum.GetValues<DeliveredKind>().Select(HeaderNames.FileName));
    }

    [Fact]
    public void Canonical_and_Vietnamese_headers_map_to_the_loaders_columns()
    {
        foreach (var kind in Enum.GetValues<DeliveredKind>())
        {
            var loaderKind = (RecordKind)(int)kind;
            Assert.Equal(HeaderCatalog.Columns(loaderKind), HeaderNames.Canonical(kind));
            var vietnamese = HeaderNames.For(kind, vietnamese: true);
            Assert.Equal(HeaderCatalog.Columns(loaderKind), vietnamese.Select(h => HeaderCatalog.Match(loaderKind, h)));
        }
    }

    [Theory]
    [InlineData("windows-1258")]
    [InlineData("tcvn3")]
    public void The_loader_decodes_every_Vietnamese_letter_the_generator_encodes(string encoding)
    {
        var written = encoding == "tcvn3" ? FileEncoding.Tcvn3 : FileEncoding.Windows1258;
        Assert.True(VietnameseEncodings.TryParseName(encoding, out var read));
        // Every precomposed Vietnamese letter, lower case and (where the encoding has them) capitals.
        var letters = new StringBuilder();
        foreach (var bearer in "aăâeêioôơuưyAĂÂEÊIOÔƠUƯY")
        {
            foreach (var mark in "\0\u0300\u0301\u0303\u0309\u0323")
            {
                var letter = (mark == '\0' ? bearer.ToString() : string.Concat(bearer, mark)).Normalize(NormalizationForm.FormC);
                if (written != FileEncoding.Tcvn3 || !LegacyEncodings.IsCapitalToned(letter[0])) letters.Append(letter);
            }
        }
        var text = letters.Append("đĐ Đảng bộ xã Tân Phú, 2024-12-31").ToString();

        var bytes = LegacyEncodings.Get(written, bom: false).GetBytes(text);

        Assert.Equal(text, VietnameseEncodings.Get(read).GetString(bytes).Normalize(NormalizationForm.FormC));
    }

    [Fact]
    public void Tcvn3_refuses_a_capital_toned_letter_rather_than_writing_a_wrong_byte()
    {
        Assert.True(LegacyEncodings.IsCapitalToned('Ấ'));
        Assert.False(LegacyEncodings.IsCapitalToned('Đ'));
        Assert.Throws<EncoderFallbackException>(() => LegacyEncodings.Get(FileEncoding.Tcvn3, bom: false).GetBytes("Ấp"));
    }

    [Fact]
    public void Folder_slugs_drop_diacritics_and_punctuation()
    {
        Assert.Equal("so-van-hoa-the-thao-va-du-lich", PlaceNames.Slug("Sở Văn hóa, Thể thao và Du lịch"));
        Assert.Equal("xa-dong-hung", PlaceNames.Slug("Xã Đông Hưng"));
    }
}
