using System.Globalization;

namespace Analytics.Etl.Decoding;

/// <summary>How Vietnamese a decoded, NFC-normalised text looks — the yardstick the detector holds each
/// candidate encoding's output against. Text decoded with the wrong table shows symbols, foreign letters,
/// stray combining marks and "words" no Vietnamese syllable can be (two tone marks, impossible initials or
/// endings); text decoded with the right one is almost all well-formed syllables.</summary>
/// <param name="AccentedWords">Words (runs of letters) containing at least one non-ASCII character.</param>
/// <param name="WellFormedWords">Those of them that are a well-formed Vietnamese syllable (see <see cref="IsSyllable"/>).</param>
/// <param name="NonAsciiChars">Non-ASCII characters, not counting typographic punctuation (U+00A0, U+2000–U+206F, ₫, €), which all candidates may legitimately produce.</param>
/// <param name="VietnameseLetters">Those of them that are letters of the Vietnamese alphabet.</param>
internal readonly record struct VietnameseTextMeasure(int AccentedWords, int WellFormedWords, int NonAsciiChars, int VietnameseLetters)
{
    private static readonly string[] Initials =
        ["ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr",
         "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", ""];

    // "k" is not a native ending but is common in place names of the Central Highlands (Đắk Lắk).
    private static readonly string[] Finals = ["", "c", "ch", "k", "m", "n", "ng", "nh", "p", "t"];

    /// <summary>Share of non-ASCII characters that are Vietnamese letters (1 when there are none).</summary>
    public double LetterShare => NonAsciiChars == 0 ? 1.0 : (double)VietnameseLetters / NonAsciiChars;

    /// <summary>Share of accented words that are well-formed syllables (1 when there are none).</summary>
    public double WordShare => AccentedWords == 0 ? 1.0 : (double)WellFormedWords / AccentedWords;

    /// <summary>LetterShare × WordShare, in [0, 1].</summary>
    public double Score => LetterShare * WordShare;

    /// <summary>Measures <paramref name="text"/>, which should be NFC (otherwise combining marks count against it).</summary>
    public static VietnameseTextMeasure Of(ReadOnlySpan<char> text)
    {
        int accented = 0, wellFormed = 0, nonAscii = 0, letters = 0;
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (!IsWordChar(c))
            {
                if (c >= 0x80 && !IsTypographic(c))
                {
                    nonAscii++;
                }
                i++;
                continue;
            }
            int start = i;
            bool hasNonAscii = false;
            while (i < text.Length && IsWordChar(text[i]))
            {
                char w = text[i];
                if (w >= 0x80)
                {
                    hasNonAscii = true;
                    nonAscii++;
                    if (VietnameseAlphabet.IsVietnameseLetter(w))
                    {
                        letters++;
                    }
                }
                i++;
            }
            if (hasNonAscii)
            {
                accented++;
                if (IsSyllable(text[start..i]))
                {
                    wellFormed++;
                }
            }
        }
        return new VietnameseTextMeasure(accented, wellFormed, nonAscii, letters);
    }

    /// <summary>True when <paramref name="word"/> is one Vietnamese syllable: letters of the alphabet only;
    /// lowercase, Capitalised or ALL CAPS; at most one tone mark; an initial consonant (b c ch d đ g gh gi h k kh
    /// l m n ng ngh nh p ph qu r s t th tr v x, or none), one to three vowels of which at most one is shaped
    /// (ă â ê ô ơ ư — "ươ"/"uơ" excepted), and an ending (c ch m n ng nh p t, or none).</summary>
    public static bool IsSyllable(ReadOnlySpan<char> word)
    {
        if (word.Length is 0 or > 8)
        {
            return false;
        }
        Span<char> bases = stackalloc char[8];
        int tones = 0;
        bool seenLower = false;
        for (int i = 0; i < word.Length; i++)
        {
            if (!VietnameseAlphabet.TryDescribe(word[i], out char lowerBase, out int tone, out bool isUpper))
            {
                return false;
            }
            if (isUpper && seenLower)
            {
                return false; // "tẮt": case changes mid-word only in mis-decoded text
            }
            seenLower |= !isUpper;
            tones += tone == 0 ? 0 : 1;
            bases[i] = lowerBase;
        }
        if (tones > 1)
        {
            return false;
        }
        ReadOnlySpan<char> letters = bases[..word.Length];
        foreach (string initial in Initials)
        {
            if (letters.StartsWith(initial) && IsRhyme(letters[initial.Length..]))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsRhyme(ReadOnlySpan<char> rhyme)
    {
        int vowels = 0;
        int shaped = 0;
        while (vowels < rhyme.Length && VietnameseAlphabet.Vowels.Contains(rhyme[vowels]))
        {
            if (rhyme[vowels] is 'ă' or 'â' or 'ê' or 'ô' or 'ơ' or 'ư')
            {
                shaped++;
            }
            vowels++;
        }
        if (vowels is 0 or > 3)
        {
            return false;
        }
        if (shaped > 1 && !(shaped == 2 && rhyme[..vowels].Contains("ươ", StringComparison.Ordinal)))
        {
            return false;
        }
        ReadOnlySpan<char> ending = rhyme[vowels..];
        foreach (string final in Finals)
        {
            if (ending.SequenceEqual(final))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsWordChar(char c) =>
        c < 0x80 ? char.IsAsciiLetter(c)
        : char.IsLetter(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;

    private static bool IsTypographic(char c) => c == '\u00A0' || c is >= '\u2000' and <= '\u206F' || c == '₫' || c == '€';
}
