using System.Text;

namespace Analytics.Etl.Decoding;

/// <summary>The <see cref="Encoding"/> for each <see cref="SourceEncoding"/>, and the names a user may give on
/// the command line. The legacy encodings decode streaming (wrap them in a StreamReader) and encode from NFC
/// text; their output is not NFC (Windows-1258 and TCVN3 may yield base letter + combining tone mark), so
/// callers normalise fields themselves.</summary>
internal static class VietnameseEncodings
{
    // Built on first use, then shared: the instances hold only read-only tables.
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
    private static readonly Lazy<Encoding> Windows1258 = new(CreateWindows1258);
    private static readonly Lazy<Encoding> Tcvn3 = new(CreateTcvn3);
    private static readonly Lazy<Encoding> Vni = new(() => new VniEncoding());

    /// <summary>The encoding to read (or write) text in <paramref name="encoding"/>.</summary>
    public static Encoding Get(SourceEncoding encoding) => encoding switch
    {
        SourceEncoding.Utf8 => Utf8,
        SourceEncoding.Windows1258 => Windows1258.Value,
        SourceEncoding.Tcvn3 => Tcvn3.Value,
        SourceEncoding.Vni => Vni.Value,
        SourceEncoding.Utf16Le => Encoding.Unicode,
        SourceEncoding.Utf16Be => Encoding.BigEndianUnicode,
        _ => throw new ArgumentOutOfRangeException(nameof(encoding), encoding, "Not a known source encoding."),
    };

    /// <summary>Parses an encoding name as a user may type it: "utf-8", "utf8", "windows-1258", "cp1258",
    /// "1258", "tcvn3", "abc", "tcvn", "vni" (case and surrounding spaces ignored). False when unknown.</summary>
    public static bool TryParseName(string name, out SourceEncoding encoding)
    {
        SourceEncoding? parsed = name?.Trim().ToLowerInvariant() switch
        {
            "utf-8" or "utf8" => SourceEncoding.Utf8,
            "windows-1258" or "cp1258" or "1258" => SourceEncoding.Windows1258,
            "tcvn3" or "abc" or "tcvn" => SourceEncoding.Tcvn3,
            "vni" => SourceEncoding.Vni,
            "utf-16le" => SourceEncoding.Utf16Le,
            "utf-16be" => SourceEncoding.Utf16Be,
            _ => null,
        };
        encoding = parsed.GetValueOrDefault();
        return parsed.HasValue;
    }

    /// <summary>The canonical name: "utf-8", "windows-1258", "tcvn3" or "vni"; <see cref="TryParseName"/> accepts it.</summary>
    public static string Name(SourceEncoding encoding) => encoding switch
    {
        SourceEncoding.Utf8 => "utf-8",
        SourceEncoding.Windows1258 => "windows-1258",
        SourceEncoding.Tcvn3 => "tcvn3",
        SourceEncoding.Vni => "vni",
        SourceEncoding.Utf16Le => "utf-16le",
        SourceEncoding.Utf16Be => "utf-16be",
        _ => throw new ArgumentOutOfRangeException(nameof(encoding), encoding, "Not a known source encoding."),
    };

    private static TableEncoding CreateWindows1258()
    {
        char[] decode = Windows1258Tables.CreateDecodeTable();
        return new TableEncoding("windows-1258", "Vietnamese (Windows-1258)", decode, Windows1258Tables.CreateEncodeTable(decode));
    }

    private static TableEncoding CreateTcvn3()
    {
        char[] decode = Tcvn3Tables.CreateDecodeTable();
        return new TableEncoding("tcvn3", "Vietnamese (TCVN3, ABC)", decode, Tcvn3Tables.CreateEncodeTable(decode));
    }
}
