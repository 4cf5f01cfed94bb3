using System.Globalization;
using System.Text.RegularExpressions;
using Analytics.Etl.Decoding;

namespace Analytics.Etl.Workbooks;

/// <summary>The rows and headings of an official form that are not data: the row-number column (STT),
/// the row numbering the columns under the header ("1 2 3 …", "(1) (2) …"), totals ("Tổng cộng"), and
/// the footer that ends the table — the signature block ("Người lập biểu", "T/M ĐẢNG ỦY", "(ký, ghi rõ
/// họ tên)"), notes ("Ghi chú"), the place-and-date line. Matching ignores case and diacritics.</summary>
internal static partial class RowShapes
{
    private static readonly HashSet<string> RowNumberHeaders =
        new(StringComparer.Ordinal) { "stt", "tt", "so tt", "so thu tu", "thu tu", "no" };

    private static readonly string[] FooterStarts =
        ["nguoi lap", "t m ", "tm ", "thay mat", "k t ", "kt ", "ghi chu", "noi nhan", "xac nhan", "duyet", "thu truong",
            "lanh dao don vi"];

    private static readonly string[] FooterWords = ["ky ghi ro ho ten", "ky va ghi ro ho ten", "ky ten", "ky dong dau", "ho ten chu ky"];

    private static readonly HashSet<string> TotalWords = new(StringComparer.Ordinal)
        { "tong", "tong cong", "tong so", "cong", "toan dang bo", "toan xa", "tong cong toan xa" };

    [GeneratedRegex(@"^ngay\s+\S+\s+thang\s+\S+\s+nam\b|\bngay\s+\S+\s+thang\s+\S+\s+nam\s+\S+$")]
    private static partial Regex DateLine();

    /// <summary>STT, TT, Số TT, Số thứ tự: the row-number column.</summary>
    public static bool IsRowNumberHeader(string? text) => text is not null && RowNumberHeaders.Contains(TextFolding.FoldWords(text));

    /// <summary>"Số lượng", "SL", "Số": the count under a level's group heading.</summary>
    public static bool IsCountHeading(string text) =>
        TextFolding.FoldWords(text) is "so luong" or "sl" or "so" or "so nguoi" or "so dang vien";

    /// <summary>"Tỷ lệ", "%", "Tỷ lệ (%)": a share beside a count, derived from it.</summary>
    public static bool IsShareHeading(string text) =>
        text.Trim() == "%" || TextFolding.FoldWords(text) is var f && (f.StartsWith("ty le", StringComparison.Ordinal)
            || f.StartsWith("ti le", StringComparison.Ordinal));

    /// <summary>The row under a header that numbers its columns: 1, 2, 3 … or (1), (2) … or A, B, C …,
    /// at least two, each one more than the last.</summary>
    public static bool IsColumnNumbering(IReadOnlyList<string?> cells)
    {
        int? last = null;
        var count = 0;
        foreach (var cell in cells)
        {
            if (string.IsNullOrWhiteSpace(cell)) continue;
            var text = cell.Trim().Trim('(', ')', '[', ']').Trim();
            int value;
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n < 1000) value = n;
            else if (text.Length == 1 && char.IsAsciiLetterUpper(text[0])) value = text[0] - 'A' + 1;
            else return false;
            if (last is { } l && value != l + 1) return false;
            last = value;
            count++;
        }
        return count >= 2;
    }

    /// <summary>A footer row: a signature, notes or date line, in a row of at most three cells (a data
    /// row naming "Bí thư" as someone's post is not a footer).</summary>
    public static bool IsFooter(IReadOnlyList<string?> cells)
    {
        var filled = 0;
        var footer = false;
        foreach (var cell in cells)
        {
            if (string.IsNullOrWhiteSpace(cell)) continue;
            filled++;
            var folded = TextFolding.FoldWords(cell);
            if (FooterStarts.Any(s => folded.StartsWith(s, StringComparison.Ordinal) || folded == s.TrimEnd())
                || FooterWords.Any(w => folded.Contains(w, StringComparison.Ordinal)) || DateLine().IsMatch(folded))
                footer = true;
        }
        return footer && filled <= 3;
    }

    /// <summary>A totals row: one of its cells (the STT column's too, where forms often write it) says
    /// "Tổng cộng", "Tổng số", "Cộng" …</summary>
    public static bool IsTotal(IReadOnlyList<string?> cells)
    {
        foreach (var text in cells)
            if (text is { Length: > 0 and <= 24 } && char.ToLowerInvariant(text[0]) is 't' or 'c'
                && TotalWords.Contains(TextFolding.FoldWords(text)))
                return true;
        return false;
    }

    /// <summary>A number as a sheet may store it in text ("12", " 1 234 ", "1,234"), or null.</summary>
    public static long? Count(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var digits = text.Trim().Replace(" ", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal);
        return long.TryParse(digits, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n : null;
    }
}
