using System.Text;

namespace Analytics.Etl.Decoding;

/// <summary>The streaming decoder of a <see cref="TableEncoding"/>: one byte is one char, so it keeps no
/// state and a buffer boundary can fall anywhere.</summary>
internal sealed class TableDecoder : Decoder
{
    private readonly char[] _table;

    internal TableDecoder(char[] table) => _table = table;

    public override int GetCharCount(byte[] bytes, int index, int count) => bytes.AsSpan(index, count).Length;
    public override int GetCharCount(byte[] bytes, int index, int count, bool flush) => bytes.AsSpan(index, count).Length;
    public override int GetCharCount(ReadOnlySpan<byte> bytes, bool flush) => bytes.Length;

    public override int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex) =>
        TableEncoding.Decode(_table, bytes.AsSpan(byteIndex, byteCount), chars.AsSpan(charIndex));
    public override int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex, bool flush) =>
        TableEncoding.Decode(_table, bytes.AsSpan(byteIndex, byteCount), chars.AsSpan(charIndex));
    public override int GetChars(ReadOnlySpan<byte> bytes, Span<char> chars, bool flush) =>
        TableEncoding.Decode(_table, bytes, chars);

    public override void Convert(ReadOnlySpan<byte> bytes, Span<char> chars, bool flush,
        out int bytesUsed, out int charsUsed, out bool completed)
    {
        int n = Math.Min(bytes.Length, chars.Length);
        charsUsed = bytesUsed = TableEncoding.Decode(_table, bytes[..n], chars);
        completed = n == bytes.Length;
    }

    public override void Convert(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex, int charCount,
        bool flush, out int bytesUsed, out int charsUsed, out bool completed) =>
        Convert(bytes.AsSpan(byteIndex, byteCount), chars.AsSpan(charIndex, charCount), flush,
            out bytesUsed, out charsUsed, out completed);
}
