namespace Analytics.Etl.Decoding;

/// <summary>Every spelling of a level that <see cref="LevelParser"/> reads, as it appears in real
/// spreadsheets (docs/interchange.md "Levels"). Upper case, missing diacritics, NFD and punctuation
/// variants need no entry of their own: the table is matched exactly first, then folded.</summary>
internal static class LevelSpellings
{
    private const bool Legacy = true;

    public static IEnumerable<(string Spelling, LevelReading Reading)> All()
    {
        foreach (var entry in Current())
        {
            yield return entry;
        }

        foreach (var entry in Historic())
        {
            yield return entry;
        }

        foreach (var entry in NotRated())
        {
            yield return entry;
        }

        // Bare "tốt" is not read: in Tốt/Khá/Trung bình/Yếu scales (mass organisations, older forms)
        // it is the top grade, so the cell is quarantined with a hint rather than guessed.
        yield return ("Tốt", new LevelReading(LevelOutcome.Unknown, default, false, "HTTNV"));
        // "Đủ tư cách" alone says the member qualified but not at which level.
        yield return ("Đủ tư cách", new LevelReading(LevelOutcome.Unknown, default, false, null));
    }

    /// <summary>The four levels of 132-QĐ/TW (2018) onwards: codes, official labels and the short forms
    /// "HT xuất sắc", "HT tốt", "Không HT"… generated from one pattern.</summary>
    private static IEnumerable<(string, LevelReading)> Current()
    {
        (string Grade, RatingLevel Level)[] grades =
        [
            ("xuất sắc", RatingLevel.Excellent),
            ("tốt", RatingLevel.Good),
            ("", RatingLevel.Completed),
        ];
        foreach (string head in (string[])["Hoàn thành", "HT"])
        {
            foreach ((string grade, RatingLevel level) in grades)
            {
                foreach (string tail in (string[])["nhiệm vụ", "NV", ""])
                {
                    string spelling = string.Join(' ', new[] { head, grade, tail }.Where(p => p.Length > 0));
                    yield return (spelling, Read(level));
                    if (level == RatingLevel.Completed)
                    {
                        yield return ("Không " + spelling, Read(RatingLevel.NotCompleted));
                    }
                }
            }
        }

        yield return ("HTXSNV", Read(RatingLevel.Excellent));
        yield return ("HTTNV", Read(RatingLevel.Good));
        yield return ("HTNV", Read(RatingLevel.Completed));
        yield return ("KHTNV", Read(RatingLevel.NotCompleted));
        yield return ("Không HTNV", Read(RatingLevel.NotCompleted));
        yield return ("HTXS", Read(RatingLevel.Excellent));
        yield return ("HT XS", Read(RatingLevel.Excellent));
        yield return ("HTT", Read(RatingLevel.Good));
        yield return ("KHT", Read(RatingLevel.NotCompleted));
        // "Xuất sắc" is the top grade in every scale in use, so alone it is unambiguous.
        yield return ("Xuất sắc", Read(RatingLevel.Excellent));

        // English level names (docs/interchange.md "Levels") and the enum names, as JSON APIs may send them.
        yield return ("excellent", Read(RatingLevel.Excellent));
        yield return ("good", Read(RatingLevel.Good));
        yield return ("completed", Read(RatingLevel.Completed));
        yield return ("not_completed", Read(RatingLevel.NotCompleted));
        yield return ("NotCompleted", Read(RatingLevel.NotCompleted));
    }

    /// <summary>Pre-2018 party labels (guidance 27-HD/BTCTW, 2014) and the pre-2020 civil-service label
    /// (Decree 56/2015/NĐ-CP). Members' "Đủ tư cách …" forms beyond these are read by prefix in
    /// <see cref="LevelParser"/>.</summary>
    private static IEnumerable<(string, LevelReading)> Historic()
    {
        // Organisations: TSVM (with or without "tiêu biểu") was the top grade; "Yếu kém" the bottom.
        yield return ("Trong sạch vững mạnh", Read(RatingLevel.Excellent, Legacy));
        yield return ("Trong sạch, vững mạnh", Read(RatingLevel.Excellent, Legacy));
        yield return ("TSVM", Read(RatingLevel.Excellent, Legacy));
        yield return ("TSVM tiêu biểu", Read(RatingLevel.Excellent, Legacy));
        yield return ("TSVMTB", Read(RatingLevel.Excellent, Legacy));
        yield return ("Trong sạch vững mạnh tiêu biểu", Read(RatingLevel.Excellent, Legacy));
        yield return ("Trong sạch, vững mạnh tiêu biểu", Read(RatingLevel.Excellent, Legacy));
        yield return ("Yếu kém", Read(RatingLevel.NotCompleted, Legacy));

        // Members.
        yield return ("Đủ tư cách, hoàn thành xuất sắc nhiệm vụ", Read(RatingLevel.Excellent, Legacy));
        yield return ("Đủ tư cách HTXSNV", Read(RatingLevel.Excellent, Legacy));
        yield return ("Đủ tư cách, hoàn thành tốt nhiệm vụ", Read(RatingLevel.Good, Legacy));
        yield return ("Đủ tư cách HTTNV", Read(RatingLevel.Good, Legacy));
        yield return ("Đủ tư cách, hoàn thành nhiệm vụ", Read(RatingLevel.Completed, Legacy));
        yield return ("Đủ tư cách HTNV", Read(RatingLevel.Completed, Legacy));
        yield return ("Vi phạm tư cách hoặc không hoàn thành nhiệm vụ", Read(RatingLevel.NotCompleted, Legacy));
        yield return ("Vi phạm tư cách hoặc KHTNV", Read(RatingLevel.NotCompleted, Legacy));
        yield return ("Vi phạm tư cách", Read(RatingLevel.NotCompleted, Legacy));

        // Civil servants before Decree 90/2020: the third grade carried a qualifier.
        yield return ("Hoàn thành nhiệm vụ nhưng còn hạn chế về năng lực", Read(RatingLevel.Completed, Legacy));
        yield return ("Hoàn thành nhiệm vụ nhưng còn hạn chế", Read(RatingLevel.Completed, Legacy));
        yield return ("HTNV nhưng còn hạn chế về năng lực", Read(RatingLevel.Completed, Legacy));
        yield return ("HTNV nhưng còn hạn chế", Read(RatingLevel.Completed, Legacy));
    }

    /// <summary>Not rated: suspended members and members admitted less than 6 months before period end
    /// (docs/interchange.md "Levels"); "miễn" for members exempted from party work and activities.</summary>
    private static IEnumerable<(string, LevelReading)> NotRated()
    {
        var notRated = new LevelReading(LevelOutcome.NotRated, default, false, null);
        foreach (string spelling in (string[])
                 [
                     "not_rated", "NotRated", "Không xếp loại", "Chưa xếp loại", "KXL", "CXL",
                     "Không đánh giá", "Chưa đánh giá", "Không đánh giá, xếp loại", "Chưa đánh giá, xếp loại",
                     "Không đánh giá xếp loại", "Chưa đánh giá xếp loại",
                     "Miễn đánh giá", "Miễn xếp loại", "Miễn đánh giá, xếp loại",
                 ])
        {
            yield return (spelling, notRated);
        }
    }

    private static LevelReading Read(RatingLevel level, bool legacy = false) =>
        new(LevelOutcome.Level, level, legacy, null);
}
