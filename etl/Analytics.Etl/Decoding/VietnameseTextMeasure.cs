using System.Globalization;

namespace Analytics.Etl.Decoding;

/// <summary>How Vietnamese a decoded, NFC-normalised text looks — the yardstick the detector holds each
/// candidate encoding's output against. Text decoded with the wrong table shows symbols, foreign letters,
/// stray combining marks and "words" no Vietnamese syllable can be (two tone marks, impossible initials or
/// endings); text decoded with the right one is almost all well-formed syllables.</summary>
/// <param name="AccentedWords">Words (runs of letters) containing at least one non-ASCII character.</param>
/// <param name="WellFormedWords">Those of them that are a well-formed Vietnamese syllable or acronym
/// (see <see cref="IsWellFormed"/>).</param>
/// <param name="NonAsciiChars">Non-ASCII characters, not counting typographic punctuation (U+00A0, U+2000–U+206F, ₫, €),
/// which all candidates may legitimately produce.</param>
/// <param name="VietnameseLetters">Those of them that are letters of the Vietnamese alphabet.</param>
internal readonly record struct VietnameseTextMeasure(int AccentedWords, int WellFormedWords, int NonAsciiChars, int VietnameseLetters)
{
    private static readonly string[] Initials =
        ["ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr",
         "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", ""];

    // "k" is not a native ending but is common in place names of the Central Highlands (Đắk Lắk).
    private static readonly string[] Finals = ["c", "ch", "k", "m", "n", "ng", "nh", "p", "t"];

    // The vowel groups a syllable may have (toneless), each with whether an ending consonant must follow
    // ('F'), must not ('N'), or may ('A'). Mis-decoded text strings vowels together that no syllable has.
    private static readonly (string Vowels, char Ending)[] Nuclei =
    [
        ("a", 'A'), ("ă", 'F'), ("â", 'F'), ("e", 'A'), ("ê", 'A'), ("i", 'A'), ("o", 'A'), ("ô", 'A'),
        ("ơ", 'A'), ("u", 'A'), ("ư", 'A'), ("y", 'A'),
        ("ai", 'N'), ("ao", 'N'), ("au", 'N'), ("ay", 'N'), ("âu", 'N'), ("ây", 'N'), ("eo", 'N'), ("êu", 'N'),
        ("ia", 'N'), ("iu", 'N'), ("iê", 'F'), ("oa", 'A'), ("oă", 'F'), ("oe", 'A'), ("oi", 'N'), ("ôi", 'N'),
        ("ơi", 'N'), ("oo", 'F'), ("ua", 'N'), ("uâ", 'F'), ("uê", 'A'), ("ui", 'N'), ("uô", 'F'), ("uơ", 'N'),
        ("uy", 'A'), ("ưa", 'N'), ("ưi", 'N'), ("ưu", 'N'), ("ươ", 'F'), ("yê", 'F'),
        ("iêu", 'N'), ("yêu", 'N'), ("oai", 'N'), ("oao", 'N'), ("oay", 'N'), ("oeo", 'N'), ("uây", 'N'),
        ("uôi", 'N'), ("uya", 'N'), ("uyê", 'F'), ("uyu", 'N'), ("ươi", 'N'), ("ươu", 'N'),
    ];

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
                if (IsWellFormed(text[start..i]))
                {
                    wellFormed++;
                }
            }
        }
        return new VietnameseTextMeasure(accented, wellFormed, nonAscii, letters);
    }

    /// <summary>True when <paramref name="word"/> is one Vietnamese syllable, or an acronym: letters of the
    /// alphabet only; lowercase, Capitalised or ALL CAPS; at most one tone mark. A syllable has an initial consonant
    /// (b c ch d đ g gh gi h k kh l m n ng ngh nh p ph qu r s t th tr v x, or none), a vowel group from
    /// <see cref="Nuclei"/>, and an ending (c ch m n ng nh p t, or none) that agrees with the vowel group and the
    /// tone. An acronym is two or more capitals without tone marks (QĐ, HĐND, BCHTƯ), common in official text.</summary>
    public static bool IsWellFormed(ReadOnlySpan<char> word)
    {
        if (word.Length > 8)
        {
            return IsAcronym(word); // no syllable is longer than "nghiêng(s)"
        }
        if (word.IsEmpty)
        {
            return false;
        }
        Span<char> bases = stackalloc char[8];
        int tones = 0;
        int toneOfWord = 0;
        bool seenLower = false;
        for (int i = 0; i < word.Length; i++)
        {
            if (!VietnameseAlphabet.TryDescribe(word[i], out char lowerBase, out int tone, out bool isUpper))
            {
                return false;
            }
            if (isUpper && seenLower && word[i] >= 0x80)
            {
                // "tẮt": a capital Vietnamese letter after a small one comes from a wrong decoding. ASCII
                // capitals may follow: TCVN3 has no capital toned letters, so "BÁO" is stored as "BáO".
                return false;
            }
            seenLower |= !isUpper;
            if (tone != 0)
            {
                tones++;
                toneOfWord = tone;
            }
            bases[i] = lowerBase;
        }
        if (tones > 1)
        {
            return false;
        }
        if (!seenLower && tones == 0 && word.Length >= 2)
        {
            return true;
        }
        ReadOnlySpan<char> letters = bases[..word.Length];
        foreach (string initial in Initials)
        {
            if (letters.StartsWith(initial) && IsRhyme(letters[initial.Length..], toneOfWord))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsAcronym(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
        {
            if (!VietnameseAlphabet.TryDescribe(c, out _, out int tone, out bool isUpper) || !isUpper || tone != 0)
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsRhyme(ReadOnlySpan<char> rhyme, int tone)
    {
        int vowels = 0;
        while (vowels < rhyme.Length && VietnameseAlphabet.Vowels.Contains(rhyme[vowels]))
        {
            vowels++;
        }
        ReadOnlySpan<char> nucleus = rhyme[..vowels];
        ReadOnlySpan<char> ending = rhyme[vowels..];
        if (ending.Length > 0)
        {
            if (!IsFinal(ending))
            {
                return false;
            }
            // Stopped endings take only the sắc or nặng tone; ch and nh follow only a, ê, i, y.
            if (ending is "c" or "ch" or "p" or "t" && tone is not (1 or 5))
            {
                return false;
            }
            if (ending is "ch" or "nh" && nucleus[^1] is not ('a' or 'ê' or 'i' or 'y'))
            {
                return false;
            }
        }
        foreach ((string vowelGroup, char rule) in Nuclei)
        {
            if (nucleus.SequenceEqual(vowelGroup))
            {
                return rule == 'A' || (rule == 'F') == (ending.Length > 0);
            }
        }
        return false;
    }

    private static bool IsFinal(ReadOnlySpan<char> ending)
    {
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
