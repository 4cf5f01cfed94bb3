using System.Globalization;
using System.Text;

namespace Analytics.Synthetic;

/// <summary>Vietnamese text without its diacritics, in lower-case words: "Sở Văn hóa, Thể thao" →
/// "so van hoa the thao" (folder slugs, and the "Hoan thanh tot nhiem vu" spelling of a level).</summary>
internal static class Unaccented
{
    /// <summary>Marks dropped (canonical decomposition), đ → d, lower case, every run of characters
    /// that are not letters or digits one space, none at either end.</summary>
    public static string Words(string text)
    {
        var words = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            var letter = c is 'đ' or 'Đ' ? 'd' : char.ToLowerInvariant(c);
            if (!char.IsLetterOrDigit(letter))
            {
                pendingSpace = words.Length > 0;
                continue;
            }
            if (pendingSpace) words.Append(' ');
            pendingSpace = false;
            words.Append(letter);
        }
        return words.ToString();
    }
}
