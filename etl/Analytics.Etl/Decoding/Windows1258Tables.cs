using System.Text;

namespace Analytics.Etl.Decoding;

/// <summary>Windows-1258: code page 1252's layout with some letters swapped for ă â ê ô ơ ư đ (and capitals),
/// ₫, and the five tone marks as combining characters (0xCC grave, 0xD2 hook, 0xDE tilde, 0xEC acute,
/// 0xF2 dot below). Only a few toned letters are precomposed (à á è é ...); the rest are written as base
/// letter + combining tone mark, which is why decoded text must be NFC-normalised.</summary>
internal static class Windows1258Tables
{
    private const int CodePage = 1258;

    /// <summary>The char each byte decodes to, taken from .NET's own code page 1258 (System.Text.Encoding.CodePages,
    /// part of the shared framework). Bytes 1258 leaves undefined (0x81, 0x8A, 0x8D–0x90, 0x9A, 0x9D, 0x9E) decode
    /// to the C1 control with the same number, as .NET does.</summary>
    internal static char[] CreateDecodeTable()
    {
        Encoding cp1258 = CodePagesEncodingProvider.Instance.GetEncoding(CodePage)
            ?? throw new InvalidOperationException("Code page 1258 is not available from CodePagesEncodingProvider.");
        var bytes = new byte[256];
        for (int b = 0; b < bytes.Length; b++)
        {
            bytes[b] = (byte)b;
        }
        char[] table = cp1258.GetChars(bytes);
        if (table.Length != 256)
        {
            throw new InvalidOperationException($"Code page 1258 decoded 256 bytes to {table.Length} chars, not one char per byte.");
        }
        return table;
    }

    /// <summary>Each char the code page holds maps to its byte; every other Vietnamese letter is decomposed
    /// into a base letter the code page holds (a ă â e ê i o ô ơ u ư y) and a combining tone mark, as
    /// Windows-1258 text is written. .NET's own encoder does not decompose (it writes '?' for "ạ").</summary>
    internal static EncodeTable CreateEncodeTable(char[] decode)
    {
        var table = new EncodeTable();
        for (int b = 0; b < decode.Length; b++)
        {
            table.SetIfAbsent(decode[b], (byte)b);
        }
        foreach (char letter in VietnameseAlphabet.Letters)
        {
            if (table.Contains(letter))
            {
                continue;
            }
            VietnameseAlphabet.TryDescribe(letter, out _, out int tone, out _);
            char toneless = VietnameseAlphabet.WithoutTone(letter);
            char mark = VietnameseAlphabet.ToneMarks[tone];
            if (tone == 0 || !table.Contains(toneless) || !table.Contains(mark))
            {
                throw new InvalidOperationException($"Windows-1258 cannot represent '{letter}' as base letter + tone mark.");
            }
            table.Set(letter, table.FirstByte(toneless), table.FirstByte(mark));
        }
        return table;
    }
}
