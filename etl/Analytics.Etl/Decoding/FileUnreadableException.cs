namespace Analytics.Etl.Decoding;

/// <summary>A file that cannot be read at all (no header, undetectable encoding, a required column
/// missing, an I/O failure): it rejects its whole submission with this one reason.</summary>
public sealed class FileUnreadableException : Exception
{
    public FileUnreadableException(string message) : base(message) { }
    public FileUnreadableException(string message, Exception inner) : base(message, inner) { }
    public FileUnreadableException() { }
}
