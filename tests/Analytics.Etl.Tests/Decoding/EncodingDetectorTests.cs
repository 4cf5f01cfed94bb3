using System.Text;
using Analytics.Etl.Decoding;
using Analytics.Etl.Tests.Helpers;

namespace Analytics.Etl.Tests.Decoding;

public class EncodingDetectorTests
{
    public static TheoryData<string, SourceEncoding, bool> Fixtures => new()
    {
        { EncodingFixtures.Utf8, SourceEncoding.Utf8, false },
        { EncodingFixtures.Utf8Bom, SourceEncoding.Utf8, true },
        { EncodingFixtures.Windows1258, SourceEncoding.Windows1258, false },
        { EncodingFixtures.Tcvn3, SourceEncoding.Tcvn3, false },
        { EncodingFixtures.Vni, SourceEncoding.Vni, false },
    };

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Each_fixture_is_detected_and_reads_back_as_the_original(string fixture, SourceEncoding expected, bool hasBom)
    {
        byte[] bytes = EncodingFixtures.Bytes(fixture);

        EncodingDetection detection = EncodingDetector.Detect(bytes);

        Assert.Equal(expected, detection.Encoding);
        Assert.Equal(hasBom, detection.HasBom);
        Assert.InRange(detection.Confidence, 0.9, 1.0);
        using var reader = new StreamReader(new MemoryStream(bytes), VietnameseEncodings.Get(expected));
        Assert.Equal(EncodingFixtures.OriginalText(), reader.ReadToEnd().Normalize(NormalizationForm.FormC));
    }

    [Theory]
    [InlineData(EncodingFixtures.Windows1258, "Windows-1258")]
    [InlineData(EncodingFixtures.Tcvn3, "TCVN3")]
    [InlineData(EncodingFixtures.Vni, "VNI")]
    public void Legacy_detection_explains_itself(string fixture, string name)
    {
        EncodingDetection detection = EncodingDetector.Detect(EncodingFixtures.Bytes(fixture));

        Assert.StartsWith("Not UTF-8 (the byte at offset ", detection.Explanation, StringComparison.Ordinal);
        Assert.Contains($"Read as {name}: it gives 100% of ", detection.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Hoàn thành tốt nhiệm vụ", SourceEncoding.Windows1258)]
    [InlineData("Hoàn thành tốt nhiệm vụ", SourceEncoding.Tcvn3)]
    [InlineData("Hoàn thành tốt nhiệm vụ", SourceEncoding.Vni)]
    [InlineData("Đảng ủy xã; Ưu điểm", SourceEncoding.Windows1258)]
    [InlineData("Đảng ủy xã; Ưu điểm", SourceEncoding.Vni)]
    [InlineData("đảng ủy xã, ưu điểm", SourceEncoding.Tcvn3)]
    public void A_single_short_phrase_is_enough(string text, SourceEncoding encoding)
    {
        byte[] bytes = VietnameseEncodings.Get(encoding).GetBytes(text);

        Assert.Equal(encoding, EncodingDetector.Detect(bytes).Encoding);
    }

    [Fact]
    public void Pure_ascii_is_utf8()
    {
        EncodingDetection detection = EncodingDetector.Detect("record_id,period\r\nR1,2024\r\n"u8);

        Assert.Equal(new EncodingDetection(SourceEncoding.Utf8, false, 1.0,
            "All 27 bytes are ASCII, which reads the same in every supported encoding; read as UTF-8."), detection);
    }

    [Fact]
    public void Utf8_sample_cut_in_the_middle_of_a_character_is_still_utf8()
    {
        byte[] bytes = EncodingFixtures.Bytes(EncodingFixtures.Utf8);
        int leadByte = Array.IndexOf(bytes, (byte)0xE1, 200); // first byte of a three-byte letter such as "ệ"
        Assert.True(leadByte > 0);

        EncodingDetection cutAfterLead = EncodingDetector.Detect(bytes.AsSpan(0, leadByte + 1));
        EncodingDetection cutInside = EncodingDetector.Detect(bytes.AsSpan(0, leadByte + 2));

        Assert.Equal(SourceEncoding.Utf8, cutAfterLead.Encoding);
        Assert.Equal(SourceEncoding.Utf8, cutInside.Encoding);
    }

    [Fact]
    public void Random_bytes_with_nuls_are_binary()
    {
        var bytes = new byte[4096];
        new Random(20240615).NextBytes(bytes);
        bytes[100] = 0;

        EncodingDetection detection = EncodingDetector.Detect(bytes);

        Assert.Null(detection.Encoding);
        Assert.Equal(0, detection.Confidence);
        Assert.Contains("bytes are control characters (NUL among them): this is binary data", detection.Explanation,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Many_control_bytes_are_binary()
    {
        var bytes = new byte[1000];
        new Random(7).NextBytes(bytes);
        for (int i = 0; i < bytes.Length; i++)
        {
            bytes[i] = bytes[i] == 0 ? (byte)1 : bytes[i];
        }

        EncodingDetection detection = EncodingDetector.Detect(bytes);

        Assert.Null(detection.Encoding);
        Assert.Contains("control characters", detection.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Eight_bit_text_that_is_not_vietnamese_is_undetectable()
    {
        byte[] french = Encoding.Latin1.GetBytes(
            "nom,commentaire\r\nDupont,Le café était très bon; à côté, la crème brûlée coûtait cher.\r\n");

        EncodingDetection detection = EncodingDetector.Detect(french);

        Assert.Null(detection.Encoding);
        Assert.StartsWith(
            "Not UTF-8 (the byte at offset 30 is not valid UTF-8). No supported encoding reads it as Vietnamese",
            detection.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Utf16_with_its_byte_order_mark_is_read_as_excels_unicode_text()
    {
        byte[] little = [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("mã đơn vị")];
        byte[] big = [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes("mã đơn vị")];

        Assert.Equal(SourceEncoding.Utf16Le, EncodingDetector.Detect(little).Encoding);
        Assert.Equal(SourceEncoding.Utf16Be, EncodingDetector.Detect(big).Encoding);
        Assert.Null(EncodingDetector.Detect([0xFF, 0xFE, 0, 0, .. Encoding.UTF32.GetBytes("mã")]).Encoding);
    }

    [Fact]
    public void A_stray_nul_in_text_is_no_binary_data_but_utf16_without_a_mark_is()
    {
        byte[] stray = [.. "mã,tên\nDU,Đảng bộ"u8, 0, .. " xã\n"u8];

        Assert.Equal(SourceEncoding.Utf8, EncodingDetector.Detect(stray).Encoding);
        Assert.Null(EncodingDetector.Detect(Encoding.Unicode.GetBytes("unit_code,unit_name\nDU,Đảng bộ xã\n")).Encoding);
    }

    [Fact]
    public void Valid_utf8_confidence_grows_with_the_number_of_non_ascii_characters()
    {
        EncodingDetection one = EncodingDetector.Detect("mã DV01"u8);
        EncodingDetection three = EncodingDetector.Detect("mã đơn DV01"u8);

        Assert.Equal(SourceEncoding.Utf8, one.Encoding);
        Assert.Equal(0.9, one.Confidence, 12);
        Assert.Equal(0.999, three.Confidence, 12);
        Assert.Equal("Valid UTF-8 with 3 non-ASCII characters.", three.Explanation);
    }

    [Theory]
    [InlineData("nghiêng")]
    [InlineData("người")]
    [InlineData("ĐẢNG")]
    [InlineData("Khuyết")]
    [InlineData("quốc")]
    [InlineData("gìn")]
    [InlineData("giữa")]
    [InlineData("thuở")]
    [InlineData("tuỵ")]
    [InlineData("hoạch")]
    [InlineData("Đắk")]
    [InlineData("HĐND")] // acronyms: capitals without tone marks
    [InlineData("BCHTƯ")]
    [InlineData("UBMTTQVNĐ")]
    public void Well_formed_syllables_and_acronyms_are_recognised(string word) =>
        Assert.True(VietnameseTextMeasure.IsWellFormed(word));

    [Theory]
    [InlineData("Hoaứn")] // VNI "Hoaøn" read as TCVN3: no syllable has the vowels "oaư"
    [InlineData("tẮt")] // case changes mid-word
    [InlineData("cấá")] // two tone marks
    [InlineData("tàt")] // a stopped ending takes only the sắc or nặng tone
    [InlineData("ăn̉")] // a stray combining mark is no letter
    [InlineData("ă")] // ă needs an ending consonant
    [InlineData("café")]
    [InlineData("Ñaûng")]
    [InlineData("ĐẢNGỦY")] // capitals with two tone marks are no acronym
    public void Impossible_syllables_are_rejected(string word) =>
        Assert.False(VietnameseTextMeasure.IsWellFormed(word));

    [Fact]
    public void Measure_counts_accented_words_and_non_ascii_characters()
    {
        VietnameseTextMeasure measure = VietnameseTextMeasure.Of("Hoàn thành tốt nhiệm vụ – ©2024 Dũng, Hoaứn");

        // The en dash is typographic punctuation and does not count; © counts and is no letter.
        Assert.Equal(new VietnameseTextMeasure(AccentedWords: 7, WellFormedWords: 6, NonAsciiChars: 8, VietnameseLetters: 7), measure);
        Assert.Equal(6.0 / 7 * (7.0 / 8), measure.Score, 12);
    }

    [Fact]
    public void Ascii_with_only_curly_quotes_is_windows1258_with_low_confidence()
    {
        byte[] bytes = [.. "comment\r\n"u8, 0x93, .. "ok"u8, 0x94, .. "\r\n"u8]; // “ok” as Excel writes it in an ANSI code page

        EncodingDetection detection = EncodingDetector.Detect(bytes);

        Assert.Equal(SourceEncoding.Windows1258, detection.Encoding);
        Assert.InRange(detection.Confidence, 0.1, 0.2);
        Assert.EndsWith("The runner-up is close, so the choice is uncertain.", detection.Explanation, StringComparison.Ordinal);
    }
}
