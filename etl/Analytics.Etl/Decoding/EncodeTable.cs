namespace Analytics.Etl.Decoding;

/// <summary>Maps each UTF-16 code unit to the one or two bytes a legacy encoding writes for it: one
/// 64K-entry array, so encoding is a single index per character. Characters the encoding cannot hold
/// are written as '?' (0x3F) — the legacy encodings are read far more often than written, and the tests
/// only write Vietnamese text, so the <see cref="System.Text.Encoding.EncoderFallback"/> is not consulted.</summary>
internal sealed class EncodeTable
{
    private const byte Unmapped = (byte)'?';

    // Packed: low byte = first byte, high byte = second byte (0 = none). U+0000 is the only character
    // whose first byte is 0, so an all-zero entry means "not mapped" for every other character.
    private readonly ushort[] _entries = new ushort[char.MaxValue + 1];

    /// <summary>Sets the bytes for <paramref name="c"/>, replacing any earlier mapping.</summary>
    internal void Set(char c, byte first, byte second = 0) => _entries[c] = (ushort)(first | (second << 8));

    /// <summary>Sets the bytes for <paramref name="c"/> unless it already has some.</summary>
    internal void SetIfAbsent(char c, byte first, byte second = 0)
    {
        if (!Contains(c))
        {
            Set(c, first, second);
        }
    }

    internal bool Contains(char c) => c == '\0' || _entries[c] != 0;

    /// <summary>The first (or only) byte for <paramref name="c"/>; only meaningful when <see cref="Contains"/>.</summary>
    internal byte FirstByte(char c) => (byte)_entries[c];

    /// <summary>The number of bytes <paramref name="chars"/> encodes to.</summary>
    internal int GetByteCount(ReadOnlySpan<char> chars)
    {
        ushort[] entries = _entries;
        int count = 0;
        foreach (char c in chars)
        {
            count += entries[c] > 0xFF ? 2 : 1;
        }
        return count;
    }

    /// <summary>Writes the bytes for <paramref name="chars"/>; throws when <paramref name="bytes"/> is too small.</summary>
    internal int GetBytes(ReadOnlySpan<char> chars, Span<byte> bytes)
    {
        ushort[] entries = _entries;
        int written = 0;
        foreach (char c in chars)
        {
            ushort entry = entries[c];
            if (entry > 0xFF)
            {
                if (written + 2 > bytes.Length)
                {
                    throw TooSmall();
                }
                bytes[written++] = (byte)entry;
                bytes[written++] = (byte)(entry >> 8);
            }
            else
            {
                if (written >= bytes.Length)
                {
                    throw TooSmall();
                }
                bytes[written++] = entry != 0 || c == '\0' ? (byte)entry : Unmapped;
            }
        }
        return written;
    }

    private static ArgumentException TooSmall() =>
        new("The output byte buffer is too small for the encoded text.", "bytes");
}
