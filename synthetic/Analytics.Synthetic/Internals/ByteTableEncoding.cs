using System.Text;

namespace Analytics.Synthetic;

/// <summary>A legacy 8-bit encoding given as a table: each char written as one byte, or two (a base
/// letter and a combining tone mark, as Windows-1258 writes most toned letters). A char the table does
/// not hold throws rather than turning into '?': a generated file must say exactly what was meant.</summary>
internal sealed class ByteTableEncoding : Encoding
{
    private readonly string _name;
    private readonly char[] _decode;            // byte → char
    private readonly int[] _encode;             // char → (first byte + 1) | (second byte + 1) << 9; 0 = none

    public ByteTableEncoding(string name, char[] decode, IReadOnlyDictionary<char, string> sequences)
    {
        _name = name;
        _decode = decode;
        _encode = new int[char.MaxValue + 1];
        for (var b = 0; b < decode.Length; b++)
        {
            if (_encode[decode[b]] == 0 && (b == 0 || decode[b] != '\0')) _encode[decode[b]] = b + 1;
        }
        foreach (var (letter, sequence) in sequences)
        {
            if (_encode[letter] != 0) continue;
            var first = _encode[sequence[0]];
            var second = _encode[sequence[1]];
            if (first == 0 || second == 0 || first > 0x100 || second > 0x100)
                throw new InvalidOperationException($"{name} cannot write '{letter}' as '{sequence}'.");
            _encode[letter] = first | (second << 9);
        }
    }

    public override string EncodingName => _name;

    public override int GetByteCount(char[] chars, int index, int count)
    {
        var bytes = 0;
        for (var i = index; i < index + count; i++) bytes += Code(chars[i]) >> 9 == 0 ? 1 : 2;
        return bytes;
    }

    public override int GetBytes(char[] chars, int charIndex, int charCount, byte[] bytes, int byteIndex)
    {
        var start = byteIndex;
        for (var i = charIndex; i < charIndex + charCount; i++)
        {
            var code = Code(chars[i]);
            bytes[byteIndex++] = (byte)((code & 0x1FF) - 1);
            if (code >> 9 != 0) bytes[byteIndex++] = (byte)((code >> 9) - 1);
        }
        return byteIndex - start;
    }

    public override int GetCharCount(byte[] bytes, int index, int count) => count;

    public override int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex)
    {
        for (var i = 0; i < byteCount; i++) chars[charIndex + i] = _decode[bytes[byteIndex + i]];
        return byteCount;
    }

    public override int GetMaxByteCount(int charCount) => charCount * 2;

    public override int GetMaxCharCount(int byteCount) => byteCount;

    private int Code(char c) => _encode[c] is var code and not 0
        ? code
        : throw new EncoderFallbackException($"'{c}' (U+{(int)c:X4}) has no code in {_name}.");
}
