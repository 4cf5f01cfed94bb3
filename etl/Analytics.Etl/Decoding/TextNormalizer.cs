using System.Text;

namespace Analytics.Etl.Decoding;

/// <summary>Unicode NFC for delivered text, with an ASCII fast path: most cells are codes and numbers.</summary>
internal static class TextNormalizer
{
    public static string Nfc(string text) =>
        Ascii.IsValid(text) || text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);

    /// <summary>Trimmed NFC text, or null for an empty cell.</summary>
    public static string? Cell(ReadOnlySpan<char> raw)
    {
        var span = raw.Trim();
        if (span.IsEmpty) return null;
        return Nfc(span.ToString());
    }
}
