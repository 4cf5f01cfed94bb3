namespace Analytics.Synthetic;

/// <summary>The encodings the generator writes a file in: UTF-8, or one of the legacy 8-bit encodings
/// Vietnamese offices still use (TCVN3 "ABC", Windows-1258).</summary>
internal enum FileEncoding
{
    Utf8,
    Windows1258,
    Tcvn3,
}
