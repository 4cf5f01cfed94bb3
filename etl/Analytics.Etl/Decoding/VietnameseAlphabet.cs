using System.Text;

namespace Analytics.Etl.Decoding;

/// <summary>The letters of the Vietnamese alphabet beyond ASCII: the 12 vowels (a ă â e ê i o ô ơ u ư y)
/// under the 6 tones, minus the six plain ASCII vowels, plus đ — 67 lowercase and 67 uppercase letters.
/// The legacy encodings are built from this table and the detector measures text against it.</summary>
internal static class VietnameseAlphabet
{
    /// <summary>The vowels without tone, lowercase. Each takes any of the six tones.</summary>
    internal const string Vowels = "aăâeêioôơuưy";

    /// <summary>Combining tone marks by tone number: 1 sắc (acute), 2 huyền (grave), 3 hỏi (hook above),
    /// 4 ngã (tilde), 5 nặng (dot below); index 0 (ngang, no mark) is unused.</summary>
    internal static readonly char[] ToneMarks = ['\0', '\u0301', '\u0300', '\u0309', '\u0303', '\u0323'];

    // Per-char description packed in a ushort: bits 0-8 the lowercase toneless base (every base is
    // below U+0200), bits 9-11 the tone, bit 12 uppercase, bit 13 "is a letter of the alphabet".
    // Two arrays cover the two Unicode blocks the letters live in, so a lookup is one array index.
    private const int LowEnd = 0x0200;
    private const int HighStart = 0x1EA0;
    private const int HighEnd = 0x1F00;
    private const ushort Present = 1 << 13;
    private const ushort Upper = 1 << 12;

    private static readonly ushort[] LowBlock = new ushort[LowEnd];
    private static readonly ushort[] HighBlock = new ushort[HighEnd - HighStart];

    /// <summary>All 134 non-ASCII letters, lowercase first, in vowel-then-tone order; đ and Đ last of each half.</summary>
    internal static IReadOnlyList<char> Letters { get; } = BuildLetters();

    private static char[] BuildLetters()
    {
        var lower = new List<char>(67);
        foreach (char vowel in Vowels)
        {
            for (int tone = 0; tone < ToneMarks.Length; tone++)
            {
                char letter = Compose(vowel, tone);
                if (letter >= 0x80)
                {
                    lower.Add(letter);
                }
            }
        }
        lower.Add('đ');
        var all = new char[lower.Count * 2];
        for (int i = 0; i < lower.Count; i++)
        {
            all[i] = lower[i];
            all[lower.Count + i] = char.ToUpperInvariant(lower[i]);
        }
        // ASCII letters: their own base, no tone.
        for (char c = 'a'; c <= 'z'; c++)
        {
            LowBlock[c] = (ushort)(Present | c);
            LowBlock[char.ToUpperInvariant(c)] = (ushort)(Present | Upper | c);
        }
        foreach (char vowel in Vowels)
        {
            for (int tone = 0; tone < ToneMarks.Length; tone++)
            {
                char letter = Compose(vowel, tone);
                Describe(letter, vowel, tone, upper: false);
                Describe(char.ToUpperInvariant(letter), vowel, tone, upper: true);
            }
        }
        Describe('đ', 'đ', 0, upper: false);
        Describe('Đ', 'đ', 0, upper: true);
        return all;
    }

    /// <summary>The precomposed letter for a toneless lowercase vowel and a tone number (0–5).</summary>
    internal static char Compose(char vowel, int tone)
    {
        if (tone == 0)
        {
            return vowel;
        }
        // Runs once per letter while the tables are built, never per decoded character.
        string composed = string.Concat(vowel.ToString(), ToneMarks[tone].ToString()).Normalize(NormalizationForm.FormC);
        if (composed.Length != 1)
        {
            throw new InvalidOperationException($"Vowel '{vowel}' with tone {tone} has no precomposed letter.");
        }
        return composed[0];
    }

    private static void Describe(char letter, char lowerBase, int tone, bool upper)
    {
        var packed = (ushort)(Present | (upper ? Upper : 0) | (tone << 9) | lowerBase);
        if (letter < LowEnd)
        {
            LowBlock[letter] = packed;
        }
        else
        {
            HighBlock[letter - HighStart] = packed;
        }
    }

    private static ushort Lookup(char c) =>
        c < LowEnd ? LowBlock[c]
        : c >= HighStart && c < HighEnd ? HighBlock[c - HighStart]
        : (ushort)0;

    /// <summary>True for ASCII letters and the 134 Vietnamese letters; false for anything else
    /// (other Latin letters such as ø or ñ, combining marks, symbols).</summary>
    internal static bool IsLetter(char c) => (Lookup(c) & Present) != 0;

    /// <summary>True for the 134 non-ASCII letters of the alphabet.</summary>
    internal static bool IsVietnameseLetter(char c) => c >= 0x80 && (Lookup(c) & Present) != 0;

    /// <summary>Splits a letter into its lowercase toneless base ('ấ' → 'â'), tone number and case.
    /// False when <paramref name="c"/> is not a letter of the alphabet.</summary>
    internal static bool TryDescribe(char c, out char lowerBase, out int tone, out bool isUpper)
    {
        ushort packed = Lookup(c);
        lowerBase = (char)(packed & 0x1FF);
        tone = (packed >> 9) & 0x7;
        isUpper = (packed & Upper) != 0;
        return (packed & Present) != 0;
    }

    /// <summary>The toneless letter of the same case ('Ấ' → 'Â', 'ấ' → 'â'); <paramref name="c"/> itself when
    /// it carries no tone or is not a letter.</summary>
    internal static char WithoutTone(char c)
    {
        if (!TryDescribe(c, out char lowerBase, out int tone, out bool isUpper) || tone == 0)
        {
            return c;
        }
        return isUpper ? char.ToUpperInvariant(lowerBase) : lowerBase;
    }
}
