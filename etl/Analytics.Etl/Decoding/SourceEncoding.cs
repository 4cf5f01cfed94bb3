namespace Analytics.Etl.Decoding;

/// <summary>The character encodings a CSV submission may arrive in (docs/interchange.md "Delivery"): UTF-8,
/// or one of the three legacy 8-bit encodings still used by Vietnamese offices; UTF-16 when a byte order
/// mark says so (Excel's "Unicode Text").</summary>
public enum SourceEncoding
{
    /// <summary>UTF-8, with or without byte order mark. Also the answer for pure ASCII.</summary>
    Utf8,
    /// <summary>Windows-1258: a few precomposed letters, the other tone marks as combining characters.</summary>
    Windows1258,
    /// <summary>TCVN3 ("ABC", TCVN 5712:1993 VN3): precomposed lowercase letters in 0xA1–0xFF.</summary>
    Tcvn3,
    /// <summary>VNI-Windows: a base letter followed by a modifier byte, laid out over code page 1252.</summary>
    Vni,
    /// <summary>UTF-16 little-endian with its byte order mark: what Excel's "Unicode Text" writes (tab-separated).</summary>
    Utf16Le,
    /// <summary>UTF-16 big-endian with its byte order mark.</summary>
    Utf16Be,
}
