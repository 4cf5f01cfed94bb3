using System.Text;

namespace Analytics.Synthetic;

/// <summary>Writes a level the way a spreadsheet would: the code, the official label, a short form
/// ("HT tốt", "Không HT"), without diacritics, upper or lower case, decomposed Unicode (NFD, only in
/// UTF-8 files), and the pre-2018 labels of guidance 27-HD/BTCTW for rating years up to 2017. Every
/// spelling is one real spreadsheets use; the generator's tests check that the loader reads each back (<see cref="All"/>).</summary>
internal static class LevelSpeller
{
    /// <summary>Whose pre-2018 label applies: members ("Đủ tư cách …") or organisations ("Trong sạch vững mạnh").</summary>
    public enum Legacy
    {
        None,
        Member,
        Organisation,
    }

    public const int LastLegacyYear = 2017;

    private static readonly string[] NotRatedSpellings = ["not_rated", "Không xếp loại", "KXL", "Chưa xếp loại"];

    public static string Spell(Grade grade, int year, Legacy legacy, DeliveryStyle style, Random rng)
    {
        bool old = year <= LastLegacyYear && legacy != Legacy.None;
        switch (style.Levels)
        {
            case LevelStyle.Codes:
                return GradeMath.Code(grade);
            case LevelStyle.Labels:
                return grade == Grade.NotRated ? "Không xếp loại" : old ? LegacyLabel(grade, legacy) : Label(grade);
        }

        if (grade == Grade.NotRated)
        {
            return rng.Pick(NotRatedSpellings);
        }

        int variants = old ? 8 : 7;
        while (true)
        {
            switch (rng.Next(variants))
            {
                case 0: return GradeMath.Code(grade);
                case 1: return Label(grade);
                case 2: return Short(grade);
                case 3: return WithoutDiacritics(Label(grade));
                case 4 when style.Encoding != FileEncoding.Tcvn3: return Label(grade).ToUpperInvariant();
                case 5: return Label(grade).ToLowerInvariant();
                case 6 when style.Encoding == FileEncoding.Utf8: return Label(grade).Normalize(NormalizationForm.FormD);
                case 7: return LegacyLabel(grade, legacy);
            }
        }
    }

    /// <summary>Every spelling this class can write, with the level it stands for.</summary>
    public static IEnumerable<(string Spelling, Grade Grade)> All()
    {
        foreach (Grade g in (Grade[])[Grade.Excellent, Grade.Good, Grade.Completed, Grade.NotCompleted])
        {
            string label = Label(g);
            foreach (string s in (string[])[GradeMath.Code(g), label, Short(g), WithoutDiacritics(label), label.ToUpperInvariant(),
                         label.ToLowerInvariant(), label.Normalize(NormalizationForm.FormD),
                         LegacyLabel(g, Legacy.Member), LegacyLabel(g, Legacy.Organisation)])
            {
                yield return (s, g);
            }
        }

        foreach (string s in NotRatedSpellings)
        {
            yield return (s, Grade.NotRated);
        }
    }

    /// <summary>The official label of a level.</summary>
    private static string Label(Grade g) => g switch
    {
        Grade.Excellent => "Hoàn thành xuất sắc nhiệm vụ",
        Grade.Good => "Hoàn thành tốt nhiệm vụ",
        Grade.Completed => "Hoàn thành nhiệm vụ",
        _ => "Không hoàn thành nhiệm vụ",
    };

    private static string Short(Grade g) => g switch
    {
        Grade.Excellent => "HT xuất sắc",
        Grade.Good => "HT tốt",
        Grade.Completed => "HTNV",
        _ => "Không HT",
    };

    private static string WithoutDiacritics(string label)
    {
        string folded = Unaccented.Words(label);
        return char.ToUpperInvariant(folded[0]) + folded[1..];
    }

    private static string LegacyLabel(Grade g, Legacy legacy) => legacy == Legacy.Organisation
        ? g switch
        {
            Grade.Excellent => "Trong sạch vững mạnh",
            Grade.Good => "Hoàn thành tốt nhiệm vụ",
            Grade.Completed => "Hoàn thành nhiệm vụ",
            _ => "Yếu kém",
        }
        : g switch
        {
            Grade.Excellent => "Đủ tư cách HTXSNV",
            Grade.Good => "Đủ tư cách HTTNV",
            Grade.Completed => "Đủ tư cách HTNV",
            _ => "Vi phạm tư cách hoặc KHTNV",
        };
}
