using System.Collections.Immutable;

namespace Analytics.Etl.Decoding;

/// <summary>Reads a level cell in any spelling docs/interchange.md lists. Called for every rating and summary row,
/// so the common spellings cost one exact hash lookup; folding, prefix rules and the nearest-spelling
/// search run only for cells that miss.</summary>
internal static class LevelParser
{
    private static readonly LevelReading EmptyReading = new(LevelOutcome.Empty, default, false, null);
    private static readonly LevelReading NotRatedReading = new(LevelOutcome.NotRated, default, false, null);

    private static readonly AliasTable<LevelReading> Spellings = new(LevelSpellings.All());

    // The same spellings with the spaces removed, so "H.T.T.N.V", "HT TNV" or "Hoanthanhtotnhiemvu" read too.
    private static readonly AliasTable<LevelReading> CompactSpellings = new(
        LevelSpellings.All().Select(e => (TextFolding.Compact(TextFolding.FoldWords(e.Spelling)), e.Reading)));

    // Members' pre-2018 labels are "Đủ tư cách" (ĐTC) + a level in any spelling (27-HD/BTCTW, 2014).
    private static readonly ImmutableArray<string> QualifiedPrefixes = ["du tu cach ", "dtc "];
    private const string ViolatedPrefix = "vi pham tu cach ";

    private static readonly ImmutableArray<string> NotRatedPrefixes =
        [.. LevelSpellings.All()
            .Where(e => e.Reading.Outcome == LevelOutcome.NotRated)
            .Select(e => TextFolding.FoldWords(e.Spelling) + " ")
            .Distinct(StringComparer.Ordinal)];

    /// <summary>Reads one cell. Never throws; see <see cref="LevelReading"/> for what each outcome carries.</summary>
    public static LevelReading Parse(string raw)
    {
        if (raw is null)
        {
            return EmptyReading;
        }

        if (Spellings.TryGetExact(raw, out LevelReading reading))
        {
            return reading;
        }

        string folded = TextFolding.FoldWords(raw);
        if (folded.Length == 0)
        {
            return EmptyReading;
        }

        if (TryFolded(folded, out reading)
            || TryQualifiedMember(folded, out reading)
            || TryNotRatedWithReason(folded, out reading)
            || TryRange(folded, out reading))
        {
            return reading;
        }

        return new LevelReading(LevelOutcome.Unknown, default, false, LevelSuggestion.Nearest(folded, CompactSpellings));
    }

    /// <summary>The official code: "HTXSNV", "HTTNV", "HTNV", "KHTNV".</summary>
    public static string Code(RatingLevel level) => level switch
    {
        RatingLevel.Excellent => "HTXSNV",
        RatingLevel.Good => "HTTNV",
        RatingLevel.Completed => "HTNV",
        RatingLevel.NotCompleted => "KHTNV",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "Not one of the four rating levels."),
    };

    /// <summary>The official Vietnamese label (NFC): "Hoàn thành xuất sắc nhiệm vụ" ….</summary>
    public static string Label(RatingLevel level) => level switch
    {
        RatingLevel.Excellent => "Hoàn thành xuất sắc nhiệm vụ",
        RatingLevel.Good => "Hoàn thành tốt nhiệm vụ",
        RatingLevel.Completed => "Hoàn thành nhiệm vụ",
        RatingLevel.NotCompleted => "Không hoàn thành nhiệm vụ",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "Not one of the four rating levels."),
    };

    private static bool TryFolded(string folded, out LevelReading reading) =>
        Spellings.TryGetFolded(folded, out reading)
        || CompactSpellings.TryGetFolded(TextFolding.Compact(folded), out reading);

    /// <summary>"Đủ tư cách – HT tốt", "ĐTC HTXSNV"…: any level after the prefix, marked legacy;
    /// "Vi phạm tư cách …" whatever follows is the bottom grade.</summary>
    private static bool TryQualifiedMember(string folded, out LevelReading reading)
    {
        foreach (string prefix in QualifiedPrefixes)
        {
            if (folded.StartsWith(prefix, StringComparison.Ordinal)
                && TryFolded(folded[prefix.Length..], out LevelReading rest)
                && rest.Outcome == LevelOutcome.Level)
            {
                reading = rest with { Legacy = true };
                return true;
            }
        }

        if (folded.StartsWith(ViolatedPrefix, StringComparison.Ordinal))
        {
            reading = new LevelReading(LevelOutcome.Level, RatingLevel.NotCompleted, true, null);
            return true;
        }

        reading = default;
        return false;
    }

    /// <summary>"Không xếp loại (đình chỉ sinh hoạt)", "KXL - mới kết nạp": the status with its reason.</summary>
    private static bool TryNotRatedWithReason(string folded, out LevelReading reading)
    {
        foreach (string prefix in NotRatedPrefixes)
        {
            if (folded.StartsWith(prefix, StringComparison.Ordinal))
            {
                reading = NotRatedReading;
                return true;
            }
        }

        reading = default;
        return false;
    }

    /// <summary>"HTTNV trở lên", "từ HT tốt trở lên", "HTNV trở xuống": a range, with its bound when readable.</summary>
    private static bool TryRange(string folded, out LevelReading reading)
    {
        ReadOnlySpan<char> text = folded;
        bool isRange = false;
        foreach (string suffix in (ReadOnlySpan<string>)[" tro len", " tro xuong"])
        {
            if (text.EndsWith(suffix, StringComparison.Ordinal))
            {
                text = text[..^suffix.Length];
                isRange = true;
                break;
            }
        }

        if (!isRange)
        {
            reading = default;
            return false;
        }

        if (text.StartsWith("tu ", StringComparison.Ordinal))
        {
            text = text[3..];
        }

        RatingLevel bound = TryFolded(text.ToString(), out LevelReading inner) && inner.Outcome == LevelOutcome.Level
            ? inner.Level
            : default;
        reading = new LevelReading(LevelOutcome.Range, bound, false, null);
        return true;
    }
}
