using System.Text;

namespace Analytics.Etl.Decoding;

/// <summary>VNI-Windows: a toned or shaped vowel is written as its base letter followed by one modifier
/// byte ("á" = "aù", "ấ" = "aá", "ớ" = "ôù"); ơ ư đ and the i-vowels and ỵ have single bytes of their own.
/// Bytes are read in the code page 1252 layout, which is how the table below is spelled. Decoding is
/// longest match: a base byte followed by a modifier byte it takes is one letter.</summary>
internal sealed class VniTables
{
    // Every lowercase letter and its VNI bytes written as cp1252 characters (VNI-Windows keyboard/font
    // layout). Checked entry by entry against UniKey's converter (VnConvert from Debian's scim-unikey),
    // which also produced the test fixtures. Capitals are the same bytes in capitals: "Á" = "AÙ",
    // "Ơ" = "Ô", "Ư" = "Ö", "Đ" = "Ñ", "Ỉ" = "Æ", "Ĩ" = "Ó", "Ị" = "Ò", "Ỵ" = "Î".
    private const string Lowercase =
        "á=aù à=aø ả=aû ã=aõ ạ=aï â=aâ ấ=aá ầ=aà ẩ=aå ẫ=aã ậ=aä ă=aê ắ=aé ằ=aè ẳ=aú ẵ=aü ặ=aë " +
        "é=eù è=eø ẻ=eû ẽ=eõ ẹ=eï ê=eâ ế=eá ề=eà ể=eå ễ=eã ệ=eä " +
        "í=í ì=ì ỉ=æ ĩ=ó ị=ò " +
        "ó=où ò=oø ỏ=oû õ=oõ ọ=oï ô=oâ ố=oá ồ=oà ổ=oå ỗ=oã ộ=oä " +
        "ơ=ô ớ=ôù ờ=ôø ở=ôû ỡ=ôõ ợ=ôï " +
        "ú=uù ù=uø ủ=uû ũ=uõ ụ=uï ư=ö ứ=öù ừ=öø ử=öû ữ=öõ ự=öï " +
        "ý=yù ỳ=yø ỷ=yû ỹ=yõ ỵ=î đ=ñ";

    /// <summary>Row of <see cref="Pairs"/> for each byte that can start a two-byte letter (a e o u y ô ö
    /// and capitals); 0 for every other byte.</summary>
    internal byte[] BaseRow { get; } = new byte[256];

    /// <summary>The letter for base row × 256 + modifier byte; '\0' when the two bytes do not combine.
    /// A modifier of either case is accepted after a base of either case; the base decides the case.</summary>
    internal char[] Pairs { get; } = new char[15 * 256];

    /// <summary>The char a byte decodes to on its own: ASCII; cp1252; the VNI single-byte letters; for a
    /// modifier byte with no base before it, its (first) combining mark, as the VNI font draws a floating accent.</summary>
    internal char[] Single { get; } = new char[256];

    /// <summary>The second combining mark of a stray modifier byte that carries two (circumflex or breve
    /// plus tone, e.g. 0xE1 "á" = U+0302 U+0301); '\0' for every other byte.</summary>
    internal char[] SingleSecond { get; } = new char[256];

    internal EncodeTable Encode { get; } = new();

    internal VniTables()
    {
        Encoding cp1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)
            ?? throw new InvalidOperationException("Code page 1252 is not available from CodePagesEncodingProvider.");
        var allBytes = new byte[256];
        for (int b = 0; b < allBytes.Length; b++)
        {
            allBytes[b] = (byte)b;
        }
        cp1252.GetChars(allBytes).CopyTo(Single, 0);

        var special = new bool[256]; // bytes with a VNI meaning other than their cp1252 character
        byte nextRow = 1;
        foreach (string entry in Lowercase.Split(' '))
        {
            char letter = entry[0];
            string vni = entry[2..];
            if (entry[1] != '=' || vni.Length is < 1 or > 2 || letter < 0x80 || vni[0] > 0xFF || vni[^1] > 0xFF)
            {
                throw new InvalidOperationException($"Malformed VNI table entry '{entry}'.");
            }
            for (int upper = 0; upper < 2; upper++)
            {
                char l = upper == 1 ? char.ToUpperInvariant(letter) : letter;
                var first = (byte)(upper == 1 ? char.ToUpperInvariant(vni[0]) : vni[0]);
                if (vni.Length == 1)
                {
                    Single[first] = l;
                    special[first] = true;
                    Encode.Set(l, first);
                    continue;
                }
                var modifier = (byte)(upper == 1 ? char.ToUpperInvariant(vni[1]) : vni[1]);
                if (BaseRow[first] == 0)
                {
                    BaseRow[first] = nextRow++;
                }
                Pairs[(BaseRow[first] * 256) + modifier] = l;
                Pairs[(BaseRow[first] * 256) + char.ToLowerInvariant((char)modifier)] = l;
                Pairs[(BaseRow[first] * 256) + char.ToUpperInvariant((char)modifier)] = l;
                special[modifier] = true;
                Encode.Set(l, first, modifier);
                if (char.ToLowerInvariant(vni[0]) == 'a')
                {
                    // After "a", every modifier appears once: its combining marks are the letter's
                    // canonical decomposition minus the "a".
                    string marks = l.ToString().Normalize(NormalizationForm.FormD)[1..];
                    Single[modifier] = marks[0];
                    SingleSecond[modifier] = marks.Length > 1 ? marks[1] : '\0';
                    if (upper == 0 && marks.Length == 1)
                    {
                        Encode.Set(marks[0], modifier); // a stray combining mark is written as its modifier
                    }
                }
            }
        }
        if (nextRow != 15)
        {
            throw new InvalidOperationException($"The VNI table has {nextRow - 1} base bytes, not 14.");
        }
        for (int b = 0; b < 256; b++)
        {
            if (!special[b])
            {
                Encode.SetIfAbsent(Single[b], (byte)b);
            }
        }
    }
}
