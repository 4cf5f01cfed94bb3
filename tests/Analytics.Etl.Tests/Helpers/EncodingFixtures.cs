using System.Text;

namespace Analytics.Etl.Tests.Helpers;

/// <summary>The files under Fixtures/encodings: one ratings CSV written once in UTF-8 and converted by real
/// converters into each legacy encoding (see Fixtures/encodings/README.md for the exact commands).</summary>
internal static class EncodingFixtures
{
    public const string Utf8 = "ratings_utf8.csv";
    public const string Utf8Bom = "ratings_utf8_bom.csv";
    public const string Windows1258 = "ratings_cp1258.csv";
    public const string Tcvn3 = "ratings_tcvn3.csv";
    public const string Vni = "ratings_vni.csv";

    /// <summary>All 134 non-ASCII letters (lowercase line, then uppercase line), space-separated.</summary>
    public const string LettersUtf8 = "letters_utf8.txt";
    public const string LettersVni = "letters_vni.txt";
    public const string LettersWindows1258 = "letters_cp1258.txt";
    /// <summary>The lowercase line of <see cref="LettersUtf8"/> only: TCVN3 has no capital toned letters.</summary>
    public const string LettersLowercaseTcvn3 = "letters_lowercase_tcvn3.txt";

    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "encodings", name);

    public static byte[] Bytes(string name) => File.ReadAllBytes(PathOf(name));

    /// <summary>The UTF-8 original as text (NFC, CRLF line ends, no BOM).</summary>
    public static string OriginalText() => new UTF8Encoding(false, true).GetString(Bytes(Utf8));

    public static string LettersText() => new UTF8Encoding(false, true).GetString(Bytes(LettersUtf8));
}
