using System.Text;
using Analytics.Etl.Decoding;
using Analytics.Etl.Tests.Helpers;

namespace Analytics.Etl.Tests.Decoding;

// Fixtures were made once by real converters (commands in Fixtures/encodings/README.md): Windows-1258 and
// TCVN3 by glibc iconv, VNI by UniKey's converter (VnFileConvert in Debian's scim-unikey), so these tests
// check our tables against independent implementations, not against themselves.
public class VietnameseEncodingsTests
{
    public static TheoryData<string, SourceEncoding> LegacyFixtures => new()
    {
        { EncodingFixtures.Windows1258, SourceEncoding.Windows1258 },
        { EncodingFixtures.Tcvn3, SourceEncoding.Tcvn3 },
        { EncodingFixtures.Vni, SourceEncoding.Vni },
    };

    [Theory]
    [InlineData("utf-8", SourceEncoding.Utf8)]
    [InlineData("UTF8", SourceEncoding.Utf8)]
    [InlineData("windows-1258", SourceEncoding.Windows1258)]
    [InlineData("CP1258", SourceEncoding.Windows1258)]
    [InlineData("1258", SourceEncoding.Windows1258)]
    [InlineData("tcvn3", SourceEncoding.Tcvn3)]
    [InlineData("ABC", SourceEncoding.Tcvn3)]
    [InlineData("Tcvn", SourceEncoding.Tcvn3)]
    [InlineData(" vni ", SourceEncoding.Vni)]
    public void TryParseName_accepts_the_names_users_type(string name, SourceEncoding expected)
    {
        Assert.True(VietnameseEncodings.TryParseName(name, out SourceEncoding parsed));
        Assert.Equal(expected, parsed);
    }

    [Theory]
    [InlineData("")]
    [InlineData("latin1")]
    [InlineData("utf-16")]
    [InlineData("viscii")]
    public void TryParseName_rejects_unknown_names(string name) =>
        Assert.False(VietnameseEncodings.TryParseName(name, out _));

    [Theory]
    [InlineData(SourceEncoding.Utf8, "utf-8")]
    [InlineData(SourceEncoding.Windows1258, "windows-1258")]
    [InlineData(SourceEncoding.Tcvn3, "tcvn3")]
    [InlineData(SourceEncoding.Vni, "vni")]
    public void Name_is_canonical_and_parses_back(SourceEncoding encoding, string name)
    {
        Assert.Equal(name, VietnameseEncodings.Name(encoding));
        Assert.True(VietnameseEncodings.TryParseName(name, out SourceEncoding parsed));
        Assert.Equal(encoding, parsed);
    }

    [Theory]
    [MemberData(nameof(LegacyFixtures))]
    public void Decoding_a_converted_fixture_gives_back_the_utf8_original(string fixture, SourceEncoding encoding)
    {
        byte[] bytes = EncodingFixtures.Bytes(fixture);
        Encoding decoder = VietnameseEncodings.Get(encoding);

        string text = decoder.GetString(bytes);

        Assert.Equal(EncodingFixtures.OriginalText(), text.Normalize(NormalizationForm.FormC));
        Assert.Equal(text.Length, decoder.GetCharCount(bytes));
    }

    [Theory]
    [MemberData(nameof(LegacyFixtures))]
    public void StreamReader_over_tiny_reads_decodes_like_the_whole_file(string fixture, SourceEncoding encoding)
    {
        byte[] bytes = EncodingFixtures.Bytes(fixture);
        Encoding decoder = VietnameseEncodings.Get(encoding);
        string whole = decoder.GetString(bytes);

        for (int chunk = 1; chunk <= 7; chunk++)
        {
            using var reader = new StreamReader(
                new TrickleStream(bytes, chunk), decoder, detectEncodingFromByteOrderMarks: false, bufferSize: chunk);
            Assert.Equal(whole, reader.ReadToEnd());
        }
    }

    [Theory]
    [MemberData(nameof(LegacyFixtures))]
    public void Decoder_fed_one_byte_at_a_time_decodes_like_the_whole_file(string fixture, SourceEncoding encoding)
    {
        byte[] bytes = EncodingFixtures.Bytes(fixture);
        Encoding encodingUnderTest = VietnameseEncodings.Get(encoding);
        Decoder decoder = encodingUnderTest.GetDecoder();
        var text = new StringBuilder();
        var chars = new char[encodingUnderTest.GetMaxCharCount(1)];

        for (int i = 0; i < bytes.Length; i++)
        {
            int n = decoder.GetChars(bytes, i, 1, chars, 0, flush: i == bytes.Length - 1);
            text.Append(chars, 0, n);
        }

        Assert.Equal(encodingUnderTest.GetString(bytes), text.ToString());
    }

    [Fact]
    public void Vni_letter_split_across_two_reads_is_one_letter()
    {
        Decoder decoder = VietnameseEncodings.Get(SourceEncoding.Vni).GetDecoder();
        var chars = new char[8];

        int first = decoder.GetChars("Hoa"u8, chars, flush: false); // "a" may still take a modifier: held back
        int second = decoder.GetChars([0xF8, (byte)'n'], chars.AsSpan(first), flush: true); // 0xF8 "ø" = grave

        Assert.Equal("Hoàn", new string(chars, 0, first + second));
        Assert.Equal(2, first);
    }

    [Fact]
    public void Vni_base_letter_at_end_of_stream_is_not_lost()
    {
        byte[] bytes = VietnameseEncodings.Get(SourceEncoding.Vni).GetBytes("Chi bộ thôn Trung A"); // ends in base byte "A"

        using var reader = new StreamReader(new TrickleStream(bytes, 3), VietnameseEncodings.Get(SourceEncoding.Vni));

        Assert.Equal("Chi bộ thôn Trung A", reader.ReadToEnd());
    }

    [Theory]
    [InlineData(new byte[] { 0x41, 0xF9 }, "Á")] // capital base, lowercase modifier: the base decides the case
    [InlineData(new byte[] { 0x61, 0xD9 }, "á")]
    [InlineData(new byte[] { 0xD1, 0xF1 }, "Đđ")]
    [InlineData(new byte[] { 0xF4, 0xF6, 0xD4, 0xD6 }, "ơưƠƯ")]
    [InlineData(new byte[] { 0x6F, 0xE2 }, "ô")] // "oâ" is ô, while "ô" alone is ơ
    [InlineData(new byte[] { 0x78, 0xF9 }, "x\u0301")] // a modifier after no base stays a floating accent
    [InlineData(new byte[] { 0x78, 0xE1 }, "x\u0302\u0301")]
    public void Vni_decodes_longest_match(byte[] bytes, string expected) =>
        Assert.Equal(expected, VietnameseEncodings.Get(SourceEncoding.Vni).GetString(bytes));

    [Theory]
    [InlineData(SourceEncoding.Vni)]
    [InlineData(SourceEncoding.Windows1258)]
    public void Every_letter_of_the_alphabet_round_trips(SourceEncoding encoding)
    {
        Encoding codec = VietnameseEncodings.Get(encoding);

        foreach (char letter in VietnameseAlphabet.Letters)
        {
            string back = codec.GetString(codec.GetBytes(letter.ToString())).Normalize(NormalizationForm.FormC);
            Assert.Equal(letter.ToString(), back);
        }
        Assert.Equal(134, VietnameseAlphabet.Letters.Count);
    }

    [Fact]
    public void Tcvn3_round_trips_lowercase_letters_and_writes_capital_toned_letters_as_lowercase()
    {
        Encoding tcvn3 = VietnameseEncodings.Get(SourceEncoding.Tcvn3);

        foreach (char letter in VietnameseAlphabet.Letters)
        {
            string back = tcvn3.GetString(tcvn3.GetBytes(letter.ToString()));
            bool hasCode = char.IsLower(letter) || "ĂÂÊÔƠƯĐ".Contains(letter, StringComparison.Ordinal);
            Assert.Equal(hasCode ? letter : char.ToLowerInvariant(letter), Assert.Single(back));
        }
    }

    [Fact]
    public void Encoders_write_the_same_bytes_as_the_real_converters()
    {
        string original = EncodingFixtures.OriginalText();
        string[] letters = EncodingFixtures.LettersText().Split('\n');

        Assert.Equal(EncodingFixtures.Bytes(EncodingFixtures.Vni), VietnameseEncodings.Get(SourceEncoding.Vni).GetBytes(original));
        Assert.Equal(EncodingFixtures.Bytes(EncodingFixtures.LettersVni),
            VietnameseEncodings.Get(SourceEncoding.Vni).GetBytes(EncodingFixtures.LettersText()));
        Assert.Equal(EncodingFixtures.Bytes(EncodingFixtures.Tcvn3), VietnameseEncodings.Get(SourceEncoding.Tcvn3).GetBytes(original));
        Assert.Equal(EncodingFixtures.Bytes(EncodingFixtures.LettersLowercaseTcvn3),
            VietnameseEncodings.Get(SourceEncoding.Tcvn3).GetBytes(letters[0] + "\n"));
    }

    [Theory]
    [InlineData(EncodingFixtures.LettersVni, SourceEncoding.Vni)]
    [InlineData(EncodingFixtures.LettersWindows1258, SourceEncoding.Windows1258)]
    public void Whole_alphabet_from_the_real_converters_decodes_exactly(string fixture, SourceEncoding encoding)
    {
        string decoded = VietnameseEncodings.Get(encoding).GetString(EncodingFixtures.Bytes(fixture));

        Assert.Equal(EncodingFixtures.LettersText(), decoded.Normalize(NormalizationForm.FormC));
    }

    [Fact]
    public void Windows1258_decodes_tone_marks_as_combining_characters()
    {
        // "ạ" as glibc writes it: "a" + 0xF2 (combining dot below); "ấ": "â" + 0xEC (combining acute).
        string text = VietnameseEncodings.Get(SourceEncoding.Windows1258).GetString([0x61, 0xF2, 0xE2, 0xEC]);

        Assert.Equal("a\u0323\u00E2\u0301", text);
        Assert.Equal("ạấ", text.Normalize(NormalizationForm.FormC));
    }

    [Theory]
    [InlineData(SourceEncoding.Windows1258)]
    [InlineData(SourceEncoding.Tcvn3)]
    [InlineData(SourceEncoding.Vni)]
    public void Characters_the_encoding_cannot_hold_are_written_as_question_marks(SourceEncoding encoding) =>
        Assert.Equal("a?b"u8.ToArray(), VietnameseEncodings.Get(encoding).GetBytes("a\u4E2Db"));

    [Fact]
    public void Distinct_legacy_encodings_are_not_equal() =>
        Assert.NotEqual(VietnameseEncodings.Get(SourceEncoding.Vni), VietnameseEncodings.Get(SourceEncoding.Tcvn3));
}
