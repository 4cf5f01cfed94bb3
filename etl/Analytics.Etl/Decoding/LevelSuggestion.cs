namespace Analytics.Etl.Decoding;

/// <summary>The "did you mean …?" of an unreadable level cell: the code of the known
/// spelling nearest by edit distance. Runs only for cells no rule could read, so it may be slow-ish.</summary>
internal static class LevelSuggestion
{
    // Spellings shorter than this ("ht", "htt", "kxl") are left out: one edit turns "khá" into "kht",
    // and suggesting "failed" for "fairly good" would be worse than no suggestion.
    private const int MinimumSpellingLength = 4;

    /// <summary>Code of the nearest level or not-rated spelling to <paramref name="folded"/>, or null.
    /// Distance is compared on compact text (spaces removed). A spelling counts as near when at most
    /// max(1, length / 5) edits away. Among equally near spellings, one that explains the input as
    /// dropped letters wins, then one that explains it as extra letters, then substitutions; if different
    /// codes remain tied the answer is null rather than a guess.</summary>
    public static string? Nearest(string folded, AliasTable<LevelReading> compactSpellings)
    {
        string input = TextFolding.Compact(folded);
        string? best = null;
        int bestScore = int.MaxValue;
        bool tied = false;
        foreach ((string spelling, LevelReading reading) in compactSpellings.FoldedSpellings)
        {
            if (spelling.Length < MinimumSpellingLength
                || reading.Outcome is not (LevelOutcome.Level or LevelOutcome.NotRated))
            {
                continue;
            }

            int allowed = Math.Max(1, spelling.Length / 5);
            int lengthGap = Math.Abs(spelling.Length - input.Length);
            if (lengthGap > allowed)
            {
                continue;
            }

            int distance = EditDistance(input, spelling);
            if (distance > allowed)
            {
                continue;
            }

            // Ties on distance go to a dropped letter ("HTXNV" → HTXSNV), then an extra letter
            // ("HHTNV" → HTNV), then a substitution or transposition.
            int kind = distance != lengthGap ? 2 : spelling.Length > input.Length ? 0 : 1;
            int score = (3 * distance) + kind;
            string code = reading.Outcome == LevelOutcome.NotRated ? "not_rated" : LevelParser.Code(reading.Level);
            if (score < bestScore)
            {
                (best, bestScore, tied) = (code, score, false);
            }
            else if (score == bestScore && !string.Equals(code, best, StringComparison.Ordinal))
            {
                tied = true;
            }
        }

        return tied ? null : best;
    }

    /// <summary>Optimal string alignment distance: insertions, deletions, substitutions and adjacent
    /// transpositions ("HTNTV") each cost one.</summary>
    public static int EditDistance(string a, string b)
    {
        int columns = b.Length + 1;
        Span<int> twoBack = columns <= 128 ? stackalloc int[columns] : new int[columns];
        Span<int> previous = columns <= 128 ? stackalloc int[columns] : new int[columns];
        Span<int> current = columns <= 128 ? stackalloc int[columns] : new int[columns];
        for (int j = 0; j < columns; j++)
        {
            previous[j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j < columns; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                int value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, twoBack[j - 2] + 1);
                }

                current[j] = value;
            }

            Span<int> recycled = twoBack;
            twoBack = previous;
            previous = current;
            current = recycled;
        }

        return previous[b.Length];
    }
}
