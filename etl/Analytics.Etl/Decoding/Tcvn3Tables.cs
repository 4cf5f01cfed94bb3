namespace Analytics.Etl.Decoding;

/// <summary>TCVN3 ("ABC"; TCVN 5712:1993, variant VN3): ASCII plus precomposed lowercase letters, the seven
/// toneless capitals Ă Â Ê Ô Ơ Ư Đ and five combining tone marks in 0xA1–0xFF. Capital toned letters have
/// no code: the ".VnTimeH" capital fonts drew the lowercase codes as capitals.</summary>
internal static class Tcvn3Tables
{
    // Bytes 0x80–0xFF decoded one at a time by glibc 2.36 iconv (Debian 12):
    //   for i in $(seq 128 255); do printf "\\x$(printf %02x $i)" | iconv -f TCVN5712-1 -t UTF-16BE | od -An -tx1; done
    // glibc implements VN1, a superset of VN3: it also puts capital toned letters in 0x80–0x9F and in the
    // slots VN3 leaves empty (see Vn1OnlyCodes). VN3 text never contains those bytes, so decoding them as
    // VN1 costs nothing and rescues files typed with a VN1 font. 0x00–0x1F stay ASCII control characters
    // (VN1 also uses 0x01–0x17 for capitals, but there they would collide with tab, LF and CR).
    private static readonly ushort[] High =
    [
        0x00C0, 0x1EA2, 0x00C3, 0x00C1, 0x1EA0, 0x1EB6, 0x1EAC, 0x00C8, // 0x80
        0x1EBA, 0x1EBC, 0x00C9, 0x1EB8, 0x1EC6, 0x00CC, 0x1EC8, 0x0128,
        0x00CD, 0x1ECA, 0x00D2, 0x1ECE, 0x00D5, 0x00D3, 0x1ECC, 0x1ED8, // 0x90
        0x1EDC, 0x1EDE, 0x1EE0, 0x1EDA, 0x1EE2, 0x00D9, 0x1EE6, 0x0168,
        0x00A0, 0x0102, 0x00C2, 0x00CA, 0x00D4, 0x01A0, 0x01AF, 0x0110, // 0xA0
        0x0103, 0x00E2, 0x00EA, 0x00F4, 0x01A1, 0x01B0, 0x0111, 0x1EB0,
        0x0300, 0x0309, 0x0303, 0x0301, 0x0323, 0x00E0, 0x1EA3, 0x00E3, // 0xB0
        0x00E1, 0x1EA1, 0x1EB2, 0x1EB1, 0x1EB3, 0x1EB5, 0x1EAF, 0x1EB4,
        0x1EAE, 0x1EA6, 0x1EA8, 0x1EAA, 0x1EA4, 0x1EC0, 0x1EB7, 0x1EA7, // 0xC0
        0x1EA9, 0x1EAB, 0x1EA5, 0x1EAD, 0x00E8, 0x1EC2, 0x1EBB, 0x1EBD,
        0x00E9, 0x1EB9, 0x1EC1, 0x1EC3, 0x1EC5, 0x1EBF, 0x1EC7, 0x00EC, // 0xD0
        0x1EC9, 0x1EC4, 0x1EBE, 0x1ED2, 0x0129, 0x00ED, 0x1ECB, 0x00F2,
        0x1ED4, 0x1ECF, 0x00F5, 0x00F3, 0x1ECD, 0x1ED3, 0x1ED5, 0x1ED7, // 0xE0
        0x1ED1, 0x1ED9, 0x1EDD, 0x1EDF, 0x1EE1, 0x1EDB, 0x1EE3, 0x00F9,
        0x1ED6, 0x1EE7, 0x0169, 0x00FA, 0x1EE5, 0x1EEB, 0x1EED, 0x1EEF, // 0xF0
        0x1EE9, 0x1EF1, 0x1EF3, 0x1EF7, 0x1EF9, 0x00FD, 0x1EF5, 0x1ED0,
    ];

    /// <summary>Slots of 0xA0–0xFF that VN3 leaves empty and VN1 fills with capital toned letters
    /// (Ằ Ẳ Ẵ Ắ Ầ Ẩ Ẫ Ấ Ề Ể Ễ Ế Ồ Ổ Ỗ Ố). Never written when encoding.</summary>
    internal static ReadOnlySpan<byte> Vn1OnlyCodes =>
        [0xAF, 0xBA, 0xBF, 0xC0, 0xC1, 0xC2, 0xC3, 0xC4, 0xC5, 0xCD, 0xD9, 0xDA, 0xDB, 0xE0, 0xF0, 0xFF];

    /// <summary>True for bytes real TCVN3 (VN3) text contains: ASCII, and 0xA1–0xFF except <see cref="Vn1OnlyCodes"/>.
    /// The detector counts the others against TCVN3 even though the decoder reads them as VN1 capitals.</summary>
    internal static bool IsVn3Code(byte b) => b < 0x80 || (b > 0xA0 && !Vn1OnlyCodes.Contains(b));

    /// <summary>The char each byte decodes to.</summary>
    internal static char[] CreateDecodeTable()
    {
        var table = new char[256];
        for (int b = 0; b < 0x80; b++)
        {
            table[b] = (char)b;
        }
        for (int b = 0x80; b < 0x100; b++)
        {
            table[b] = (char)High[b - 0x80];
        }
        return table;
    }

    /// <summary>The VN3 code of each char. Capital toned letters take the code of their lowercase letter
    /// (as the ".VnTimeH" capital fonts did), so "Ấp" is written as "ấp"; only VN3 codes are ever written.</summary>
    internal static EncodeTable CreateEncodeTable(char[] decode)
    {
        var table = new EncodeTable();
        ReadOnlySpan<byte> vn1Only = Vn1OnlyCodes;
        for (int b = 0; b < 0x80; b++)
        {
            table.Set((char)b, (byte)b);
        }
        for (int b = 0xA0; b < 0x100; b++)
        {
            if (!vn1Only.Contains((byte)b))
            {
                table.Set(decode[b], (byte)b);
            }
        }
        foreach (char letter in VietnameseAlphabet.Letters)
        {
            char lower = char.ToLowerInvariant(letter);
            if (!table.Contains(letter) && table.Contains(lower))
            {
                table.Set(letter, table.FirstByte(lower));
            }
        }
        return table;
    }
}
