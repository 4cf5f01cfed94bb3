using System.Collections.Immutable;

namespace Analytics.Etl.Decoding;

/// <summary>Discipline and residence sentiment: the judgements that checks R03 and the "ignored
/// feedback" signal compare ratings against.</summary>
internal static partial class Vocabulary
{
    // Canonical disciplines, mildest first; the index is the severity (R03 counts warning and above).
    private static readonly ImmutableArray<string> DisciplinesBySeverity =
        ["none", "reprimand", "warning", "removal", "dismissal", "expulsion"];

    private static readonly AliasTable<string> Disciplines = new(
    [
        ("none", "none"), ("", "none"), ("không", "none"), ("không có", "none"), ("không kỷ luật", "none"),
        ("không bị kỷ luật", "none"), ("chưa", "none"), ("chưa bị kỷ luật", "none"),
        ("reprimand", "reprimand"), ("khiển trách", "reprimand"),
        ("warning", "warning"), ("cảnh cáo", "warning"),
        ("removal", "removal"), ("cách chức", "removal"), ("cách tất cả chức vụ trong đảng", "removal"),
        ("dismissal", "dismissal"), ("buộc thôi việc", "dismissal"),
        ("expulsion", "expulsion"), ("khai trừ", "expulsion"), ("khai trừ khỏi đảng", "expulsion"),
    ]);

    // Longer wordings ("Kỷ luật cảnh cáo", "Khiển trách (QĐ số 12)") are read by the measure they name;
    // when several are named the most severe counts. Administrative "hạ bậc lương" and "giáng chức" have
    // no canonical value in interchange v1 and stay unread.
    private static readonly ImmutableArray<(string Phrase, string Discipline)> DisciplinePhrases =
    [
        ("khai tru", "expulsion"), ("buoc thoi viec", "dismissal"), ("cach chuc", "removal"),
        ("canh cao", "warning"), ("khien trach", "reprimand"),
    ];

    private static readonly AliasTable<string> Sentiments = new(
    [
        ("positive", "positive"), ("tích cực", "positive"), ("tốt", "positive"), ("đồng tình", "positive"),
        ("khen", "positive"), ("gương mẫu", "positive"),
        ("negative", "negative"), ("tiêu cực", "negative"), ("chưa tốt", "negative"), ("không tốt", "negative"),
        ("phản ánh", "negative"), ("có phản ánh", "negative"), ("có ý kiến phản ánh", "negative"),
        ("chưa gương mẫu", "negative"),
        ("none", "none"), ("", "none"), ("không", "none"), ("không có", "none"), ("không có ý kiến", "none"),
        ("không ý kiến", "none"), ("không có phản ánh", "none"), ("bình thường", "none"),
    ]);

    /// <summary>ratings.discipline: none (also blank, "không"), reprimand (khiển trách), warning (cảnh cáo),
    /// removal (cách chức), dismissal (buộc thôi việc), expulsion (khai trừ).</summary>
    public static bool TryDiscipline(string raw, out string discipline) =>
        Lookup(Disciplines, raw, DisciplineByPhrase, out discipline);

    /// <summary>residence.sentiment: positive (tích cực, tốt), negative (tiêu cực, chưa tốt, phản ánh),
    /// none (blank, không, không có ý kiến).</summary>
    public static bool TrySentiment(string raw, out string sentiment) => Lookup(Sentiments, raw, null, out sentiment);

    /// <summary>none 0, reprimand 1, warning 2, removal 3, dismissal 4, expulsion 5. Takes the canonical
    /// value or any spelling <see cref="TryDiscipline"/> reads; throws for anything else.</summary>
    public static int DisciplineSeverity(string discipline)
    {
        int severity = DisciplinesBySeverity.IndexOf(discipline);
        if (severity >= 0)
        {
            return severity;
        }

        if (TryDiscipline(discipline, out string canonical))
        {
            return DisciplinesBySeverity.IndexOf(canonical);
        }

        throw new ArgumentException(
            $"'{discipline}' is not a discipline; expected one of {string.Join(", ", DisciplinesBySeverity)}.", nameof(discipline));
    }

    private static string? DisciplineByPhrase(string folded)
    {
        foreach ((string phrase, string discipline) in DisciplinePhrases)
        {
            if (ContainsWords(folded, phrase))
            {
                return discipline; // the table is ordered most severe first
            }
        }

        return null;
    }
}
