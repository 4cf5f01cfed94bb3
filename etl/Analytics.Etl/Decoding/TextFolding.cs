using System.Globalization;
using System.Text;

namespace Analytics.Etl.Decoding;

/// <summary>Folds cell text into a matching key: lower case, no diacritics (đ→d too), trimmed, separator
/// runs collapsed to one space. Keys are for comparing spellings only — never store or show them.
/// Works on NFC and NFD alike: combining marks are dropped, precomposed letters map to their base.</summary>
internal static class TextFolding
{
    // Base letter of every precomposed Latin letter in U+00C0–U+024F and U+1E00–U+1EFF (all of
    // Vietnamese lives there), computed once from the platform's canonical decomposition.
    private const char LatinStart = '\u00C0', LatinEnd = '\u024F';
    private const char ExtendedStart = '\u1E00', ExtendedEnd = '\u1EFF';
    private static readonly string LatinBase = BuildBaseTable(LatinStart, LatinEnd);
    private static readonly string ExtendedBase = BuildBaseTable(ExtendedStart, ExtendedEnd);

    /// <summary>Lower-case, strip diacritics, trim, and collapse runs of whitespace, '_', '-' and '.' to
    /// one space; other punctuation is kept. "Hoàn_thành  TỐT" → "hoan thanh tot".</summary>
    public static string Fold(string text) => FoldCore(text, wordsOnly: false);

    /// <summary>Like <see cref="Fold"/>, but every character that is not a letter or digit separates
    /// words, so "Trong sạch, vững mạnh" and "Trong sạch vững mạnh" fold alike ("trong sach vung manh").
    /// Used for matching labels and headers where punctuation carries no meaning.</summary>
    public static string FoldWords(string text) => FoldCore(text, wordsOnly: true);

    /// <summary><paramref name="folded"/> without its spaces: "h t t n v" → "httnv".</summary>
    public static string Compact(string folded) =>
        folded.Contains(' ', StringComparison.Ordinal) ? folded.Replace(" ", "", StringComparison.Ordinal) : folded;

    private static string FoldCore(string text, bool wordsOnly)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (IsFoldedAscii(text, wordsOnly))
        {
            return text;
        }

        // Folding never lengthens text: each input char yields at most one output char.
        Span<char> buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        int length = 0;
        bool pendingSpace = false;
        foreach (char c in text)
        {
            char folded = FoldChar(c);
            if (folded == '\0')
            {
                continue; // combining mark or invisible character: contributes nothing
            }

            if (IsSeparator(folded, wordsOnly))
            {
                pendingSpace = length > 0;
                continue;
            }

            if (pendingSpace)
            {
                buffer[length++] = ' ';
                pendingSpace = false;
            }

            buffer[length++] = folded;
        }

        return new string(buffer[..length]);
    }

    /// <summary>True when <paramref name="text"/> is already its own fold (the common case for codes
    /// such as "self" or "2024"), so no copy is made.</summary>
    private static bool IsFoldedAscii(string text, bool wordsOnly)
    {
        if (text.Length == 0)
        {
            return true;
        }

        if (text[0] == ' ' || text[^1] == ' ')
        {
            return false;
        }

        char previous = 'x';
        foreach (char c in text)
        {
            if (c >= 0x80 || char.IsAsciiLetterUpper(c))
            {
                return false;
            }

            if (c == ' ')
            {
                if (previous == ' ')
                {
                    return false;
                }
            }
            else if (IsSeparator(c, wordsOnly))
            {
                return false;
            }

            previous = c;
        }

        return true;
    }

    /// <summary>The folded form of one character; '\0' for characters that vanish.</summary>
    private static char FoldChar(char c)
    {
        if (c < 0x80)
        {
            return char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;
        }

        if (c is >= '\u0300' and <= '\u036F')
        {
            return '\0'; // combining diacritical mark (NFD input)
        }

        if (c is '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF')
        {
            return '\0'; // soft hyphen, zero-width characters, BOM: pasted from Word or the web
        }

        if (c is >= LatinStart and <= LatinEnd)
        {
            return LatinBase[c - LatinStart];
        }

        if (c is >= ExtendedStart and <= ExtendedEnd)
        {
            return ExtendedBase[c - ExtendedStart];
        }

        if (c is '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212')
        {
            return '-'; // typographic dashes behave like the hyphen
        }

        return char.ToLowerInvariant(c);
    }

    private static bool IsSeparator(char folded, bool wordsOnly) =>
        wordsOnly
            ? !char.IsLetterOrDigit(folded)
            : folded is '_' or '-' or '.' || char.IsWhiteSpace(folded);

    private static string BuildBaseTable(char first, char last)
    {
        var table = new StringBuilder(last - first + 1);
        for (char c = first; c <= last; c++)
        {
            table.Append(BaseLetter(c));
        }

        return table.ToString();
    }

    private static char BaseLetter(char c)
    {
        if (c is 'đ' or 'Đ')
        {
            return 'd'; // đ has no decomposition but is "d with stroke" to every Vietnamese reader
        }

        string decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        char head = decomposed[0];
        return char.IsAsciiLetter(head) ? (char)(head | 0x20) : char.ToLower(head, CultureInfo.InvariantCulture);
    }
}
