namespace Analytics.Warehouse.Vocabulary;

/// <summary>One code of the warehouse and its Vietnamese words: <see cref="Label"/> as a heading, a table
/// cell or a filter option shows it ("Đảng viên"), <see cref="InSentence"/> inside a sentence of a check
/// message or the briefing ("đảng viên"), and for a level its full name. An acronym (HTXSNV) keeps its
/// capitals in a sentence; a proper name that needs them too says so with <paramref name="Sentence"/>.</summary>
public sealed record Term(string Code, string Label, string? Sentence = null, string? Name = null)
{
    /// <summary>The words inside a sentence: <paramref name="Sentence"/> when given, else the label with
    /// its first letter in lower case unless the label starts with an acronym.</summary>
    public string InSentence => Sentence ?? (Label.Length > 1 && char.IsUpper(Label[1])
        ? Label
        : string.Concat(Label[..1].ToLower(System.Globalization.CultureInfo.GetCultureInfo("vi-VN")), Label.AsSpan(1)));

    /// <summary>The full name where there is one (a level: "Hoàn thành xuất sắc nhiệm vụ"), else the label.</summary>
    public string FullName => Name ?? Label;
}
