using System.Text;

namespace Analytics.Synthetic;

/// <summary>The encodings files are written in. The legacy tables are the generator's own (TCVN 5712:1993
/// VN3, and .NET's code page 1258 with decomposed tone marks), not the loader's, so the generator's tests
/// check the loader's decoding against an independent writer.</summary>
internal static class LegacyEncodings
{
    // VN3 bytes 0xA1–0xFF (16 per row); '\0' where VN3 has no letter. Only precomposed letters and the
    // seven toneless capitals are written: VN3 has no capital toned letters (CsvFileWriter lowers them).
    private const string Tcvn3High =
        "\0ĂÂÊÔƠƯĐăâêôơưđ\0" +    // 0xA0
        "\0\0\0\0\0àảãáạ\0ằẳẵắ\0" +  // 0xB0 (0xB0–0xB4: combining tone marks, never written)
        "\0\0\0\0\0\0ặầẩẫấậè\0ẻẽ" +  // 0xC0
        "éẹềểễếệìỉ\0\0\0ĩíịò" +      // 0xD0
        "\0ỏõóọồổỗốộờởỡớợù" +        // 0xE0
        "\0ủũúụừửữứựỳỷỹýỵ\0";        // 0xF0

    private const string ToneMarks = "\u0300\u0301\u0303\u0309\u0323";   // grave, acute, tilde, hook, dot below
    private const string ToneBearers = "aăâeêioôơuưyAĂÂEÊIOÔƠUƯY";

    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
    private static readonly Encoding Utf8WithBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);
    private static readonly Lazy<ByteTableEncoding> Windows1258 = new(CreateWindows1258);
    private static readonly Lazy<ByteTableEncoding> Tcvn3 = new(CreateTcvn3);

    public static Encoding Get(FileEncoding encoding, bool bom) => encoding switch
    {
        FileEncoding.Utf8 => bom ? Utf8WithBom : Utf8,
        FileEncoding.Windows1258 => Windows1258.Value,
        FileEncoding.Tcvn3 => Tcvn3.Value,
        _ => throw new ArgumentOutOfRangeException(nameof(encoding), encoding, "Not an encoding the generator writes."),
    };

    /// <summary>A capital letter with a tone mark ("Ấ", "Ộ"): VN3 has no code for one.</summary>
    public static bool IsCapitalToned(char c) =>
        char.IsUpper(c) && c.ToString().Normalize(NormalizationForm.FormD).AsSpan().IndexOfAny(ToneMarks) >= 0;

    /// <summary>Code page 1258 as .NET decodes it; a toned letter it has no code for is written as its
    /// base letter and a combining tone mark, as Windows-1258 text is typed.</summary>
    private static ByteTableEncoding CreateWindows1258()
    {
        var codePage = CodePagesEncodingProvider.Instance.GetEncoding(1258)
            ?? throw new InvalidOperationException("Code page 1258 is not available from CodePagesEncodingProvider.");
        var decode = codePage.GetChars([.. Enumerable.Range(0, 256).Select(b => (byte)b)]);
        var sequences = new Dictionary<char, string>();
        foreach (var bearer in ToneBearers)
        {
            foreach (var mark in ToneMarks)
            {
                var letter = string.Concat(bearer, mark).Normalize(NormalizationForm.FormC);
                if (letter.Length == 1) sequences[letter[0]] = string.Concat(bearer, mark);
            }
        }
        return new ByteTableEncoding("windows-1258", decode, sequences);
    }

    private static ByteTableEncoding CreateTcvn3()
    {
        var decode = new char[256];
        for (var b = 0; b < 0x80; b++) decode[b] = (char)b;
        for (var b = 0xA0; b < 0x100; b++) decode[b] = Tcvn3High[b - 0xA0];
        return new ByteTableEncoding("tcvn3", decode, new Dictionary<char, string>());
    }
}
