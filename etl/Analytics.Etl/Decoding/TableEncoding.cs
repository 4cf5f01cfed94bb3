using System.Runtime.CompilerServices;
using System.Text;

namespace Analytics.Etl.Decoding;

/// <summary>A single-byte legacy encoding (TCVN3, Windows-1258) driven by two tables: 256 chars to decode,
/// an <see cref="EncodeTable"/> to encode. Decoding is stateless — each byte is one char, combining tone
/// marks included — so the decoder needs no state across buffer boundaries and the output is not NFC.</summary>
internal sealed class TableEncoding : Encoding
{
    private readonly char[] _decode;
    private readonly EncodeTable _encode;
    private readonly string _name;
    private readonly string _displayName;

    /// <param name="name">The web-style name, e.g. "tcvn3".</param>
    /// <param name="displayName">A human-readable name for messages.</param>
    /// <param name="decode">Exactly 256 chars: the char each byte decodes to.</param>
    /// <param name="encode">The bytes each char encodes to.</param>
    internal TableEncoding(string name, string displayName, char[] decode, EncodeTable encode)
    {
        if (decode.Length != 256)
        {
            throw new ArgumentException($"A single-byte decode table needs 256 entries, not {decode.Length}.", nameof(decode));
        }
        _name = name;
        _displayName = displayName;
        _decode = decode;
        _encode = encode;
    }

    public override string WebName => _name;
    public override string EncodingName => _displayName;
    public override string BodyName => _name;
    public override string HeaderName => _name;
    public override bool IsSingleByte => true;

    public override Decoder GetDecoder() => new TableDecoder(_decode);

    public override int GetMaxByteCount(int charCount) => checked((charCount + 1) * 2);
    public override int GetMaxCharCount(int byteCount) => byteCount;

    public override int GetByteCount(char[] chars, int index, int count) => _encode.GetByteCount(chars.AsSpan(index, count));
    public override int GetByteCount(ReadOnlySpan<char> chars) => _encode.GetByteCount(chars);
    public override int GetByteCount(string s) => _encode.GetByteCount(s);

    public override int GetBytes(char[] chars, int charIndex, int charCount, byte[] bytes, int byteIndex) =>
        _encode.GetBytes(chars.AsSpan(charIndex, charCount), bytes.AsSpan(byteIndex));
    public override int GetBytes(ReadOnlySpan<char> chars, Span<byte> bytes) => _encode.GetBytes(chars, bytes);

    public override int GetCharCount(byte[] bytes, int index, int count) => bytes.AsSpan(index, count).Length;
    public override int GetCharCount(ReadOnlySpan<byte> bytes) => bytes.Length;

    public override int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex) =>
        Decode(_decode, bytes.AsSpan(byteIndex, byteCount), chars.AsSpan(charIndex));
    public override int GetChars(ReadOnlySpan<byte> bytes, Span<char> chars) => Decode(_decode, bytes, chars);

    public override string GetString(byte[] bytes, int index, int count) =>
        string.Create(count, (Table: _decode, Bytes: bytes, Index: index), static (chars, state) =>
            Decode(state.Table, state.Bytes.AsSpan(state.Index, chars.Length), chars));

    /// <summary>Decodes byte by byte through <paramref name="table"/>; shared with <see cref="TableDecoder"/>.</summary>
    internal static int Decode(char[] table, ReadOnlySpan<byte> bytes, Span<char> chars)
    {
        if (chars.Length < bytes.Length)
        {
            throw new ArgumentException("The output char buffer is too small for the decoded text.", nameof(chars));
        }
        for (int i = 0; i < bytes.Length; i++)
        {
            chars[i] = table[bytes[i]];
        }
        return bytes.Length;
    }

    // Encoding.Equals compares code pages, and every custom encoding has code page 0.
    public override bool Equals(object? value) => ReferenceEquals(this, value);
    public override int GetHashCode() => RuntimeHelpers.GetHashCode(this);
}
