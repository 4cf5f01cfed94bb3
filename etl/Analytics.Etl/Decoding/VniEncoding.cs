using System.Runtime.CompilerServices;
using System.Text;

namespace Analytics.Etl.Decoding;

/// <summary>VNI-Windows as an <see cref="Encoding"/>. Decoding yields precomposed letters (plus a combining
/// mark for a stray modifier byte); encoding expects NFC text and writes each letter as its VNI bytes,
/// characters VNI cannot hold as '?'. Use <see cref="GetDecoder"/> (as StreamReader does) for streaming.</summary>
internal sealed class VniEncoding : Encoding
{
    private readonly VniTables _tables = new();

    public override string WebName => "vni";
    public override string EncodingName => "VNI-Windows";
    public override string BodyName => WebName;
    public override string HeaderName => WebName;
    public override bool IsSingleByte => false;

    public override Decoder GetDecoder() => new VniDecoder(_tables);

    public override int GetMaxByteCount(int charCount) => checked((charCount + 1) * 2);
    // A byte yields at most two chars (a stray two-mark modifier); one more for a base byte held back.
    public override int GetMaxCharCount(int byteCount) => checked((byteCount * 2) + 1);

    public override int GetByteCount(char[] chars, int index, int count) => _tables.Encode.GetByteCount(chars.AsSpan(index, count));
    public override int GetByteCount(ReadOnlySpan<char> chars) => _tables.Encode.GetByteCount(chars);
    public override int GetByteCount(string s) => _tables.Encode.GetByteCount(s);

    public override int GetBytes(char[] chars, int charIndex, int charCount, byte[] bytes, int byteIndex) =>
        _tables.Encode.GetBytes(chars.AsSpan(charIndex, charCount), bytes.AsSpan(byteIndex));
    public override int GetBytes(ReadOnlySpan<char> chars, Span<byte> bytes) => _tables.Encode.GetBytes(chars, bytes);

    public override int GetCharCount(byte[] bytes, int index, int count) => GetCharCount(bytes.AsSpan(index, count));
    public override int GetCharCount(ReadOnlySpan<byte> bytes) => VniDecoder.Count(_tables, bytes, -1, flush: true);

    public override int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex) =>
        GetChars(bytes.AsSpan(byteIndex, byteCount), chars.AsSpan(charIndex));

    public override int GetChars(ReadOnlySpan<byte> bytes, Span<char> chars)
    {
        int pending = -1;
        return VniDecoder.Decode(_tables, bytes, chars, ref pending, flush: true);
    }

    public override string GetString(byte[] bytes, int index, int count)
    {
        ReadOnlySpan<byte> span = bytes.AsSpan(index, count);
        int length = GetCharCount(span);
        return string.Create(length, (Encoding: this, Bytes: bytes, Index: index, Count: count), static (chars, state) =>
            state.Encoding.GetChars(state.Bytes.AsSpan(state.Index, state.Count), chars));
    }

    // Encoding.Equals compares code pages, and every custom encoding has code page 0.
    public override bool Equals(object? value) => ReferenceEquals(this, value);
    public override int GetHashCode() => RuntimeHelpers.GetHashCode(this);
}
