using System.Text;

namespace Analytics.Etl.Decoding;

/// <summary>The streaming VNI decoder. A base byte (a e o u y ô ö and capitals) is held back until the next
/// byte shows whether it is a modifier, so a letter split across two buffers ("a" at the end of one, "ù" at
/// the start of the next) still decodes to one letter. The held byte is released by the next call, or by a
/// call with flush = true (StreamReader flushes at end of stream).</summary>
internal sealed class VniDecoder : Decoder
{
    private const int None = -1;

    private readonly VniTables _tables;
    private int _pendingBase = None;

    internal VniDecoder(VniTables tables) => _tables = tables;

    public override void Reset() => _pendingBase = None;

    public override int GetCharCount(byte[] bytes, int index, int count) => GetCharCount(bytes.AsSpan(index, count), flush: false);
    public override int GetCharCount(byte[] bytes, int index, int count, bool flush) => GetCharCount(bytes.AsSpan(index, count), flush);
    public override int GetCharCount(ReadOnlySpan<byte> bytes, bool flush) => Count(_tables, bytes, _pendingBase, flush);

    public override int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex) =>
        GetChars(bytes.AsSpan(byteIndex, byteCount), chars.AsSpan(charIndex), flush: false);
    public override int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex, bool flush) =>
        GetChars(bytes.AsSpan(byteIndex, byteCount), chars.AsSpan(charIndex), flush);
    public override int GetChars(ReadOnlySpan<byte> bytes, Span<char> chars, bool flush) =>
        Decode(_tables, bytes, chars, ref _pendingBase, flush);

    /// <summary>Decodes <paramref name="bytes"/> after the held base byte <paramref name="pendingBase"/> (−1 for
    /// none) and returns the number of chars written. The state is updated only when the call succeeds.</summary>
    internal static int Decode(VniTables tables, ReadOnlySpan<byte> bytes, Span<char> chars, ref int pendingBase, bool flush)
    {
        byte[] baseRow = tables.BaseRow;
        char[] pairs = tables.Pairs;
        char[] single = tables.Single;
        char[] second = tables.SingleSecond;
        int pending = pendingBase;
        int written = 0;
        foreach (byte b in bytes)
        {
            if (pending != None)
            {
                char letter = pairs[(baseRow[pending] * 256) + b];
                if (written >= chars.Length)
                {
                    throw TooSmall();
                }
                if (letter != '\0')
                {
                    chars[written++] = letter;
                    pending = None;
                    continue;
                }
                chars[written++] = single[pending];
                pending = None;
            }
            if (baseRow[b] != 0)
            {
                pending = b;
                continue;
            }
            if (written >= chars.Length)
            {
                throw TooSmall();
            }
            chars[written++] = single[b];
            if (second[b] != '\0')
            {
                if (written >= chars.Length)
                {
                    throw TooSmall();
                }
                chars[written++] = second[b];
            }
        }
        if (flush && pending != None)
        {
            if (written >= chars.Length)
            {
                throw TooSmall();
            }
            chars[written++] = single[pending];
            pending = None;
        }
        pendingBase = pending;
        return written;
    }

    /// <summary>The number of chars <see cref="Decode"/> would write, without writing or changing state.</summary>
    internal static int Count(VniTables tables, ReadOnlySpan<byte> bytes, int pendingBase, bool flush)
    {
        byte[] baseRow = tables.BaseRow;
        char[] pairs = tables.Pairs;
        char[] second = tables.SingleSecond;
        int pending = pendingBase;
        int count = 0;
        foreach (byte b in bytes)
        {
            if (pending != None)
            {
                count++;
                bool combines = pairs[(baseRow[pending] * 256) + b] != '\0';
                pending = None;
                if (combines)
                {
                    continue;
                }
            }
            if (baseRow[b] != 0)
            {
                pending = b;
                continue;
            }
            count += second[b] != '\0' ? 2 : 1;
        }
        if (flush && pending != None)
        {
            count++;
        }
        return count;
    }

    private static ArgumentException TooSmall() =>
        new("The output char buffer is too small for the decoded text.", "chars");
}
