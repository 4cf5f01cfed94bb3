using System.Collections.Frozen;

namespace Analytics.Etl.Decoding;

/// <summary>An immutable spelling → value table with two tiers: the spellings exactly as listed (the
/// millions of well-formed cells hit this and cost one hash lookup), then the folded spellings
/// (<see cref="TextFolding.FoldWords"/>) for upper case, missing or decomposed diacritics and stray
/// punctuation. Two spellings that fold alike must mean the same value, or construction fails: the
/// tables are code, and a clash is a bug to catch in the first test run.</summary>
internal sealed class AliasTable<TValue>
{
    private readonly FrozenDictionary<string, TValue> _exact;
    private readonly FrozenDictionary<string, TValue> _folded;

    public AliasTable(IEnumerable<(string Spelling, TValue Value)> spellings)
    {
        ArgumentNullException.ThrowIfNull(spellings);
        var exactBuilder = new Dictionary<string, TValue>(StringComparer.Ordinal);
        var foldedBuilder = new Dictionary<string, TValue>(StringComparer.Ordinal);
        foreach ((string spelling, TValue value) in spellings)
        {
            string key = TextFolding.FoldWords(spelling);
            exactBuilder.TryAdd(spelling, value);
            if (key.Length == 0 && !string.IsNullOrWhiteSpace(spelling))
            {
                continue; // a symbol such as "✓" folds to nothing; only its exact spelling may match
            }

            if (foldedBuilder.TryGetValue(key, out TValue? existing))
            {
                if (!EqualityComparer<TValue>.Default.Equals(existing, value))
                {
                    throw new InvalidOperationException(
                        $"Spelling '{spelling}' folds to '{key}', which already means '{existing}', not '{value}'.");
                }
            }
            else
            {
                foldedBuilder.Add(key, value);
            }

            exactBuilder.TryAdd(key, value);
        }

        _exact = exactBuilder.ToFrozenDictionary(StringComparer.Ordinal);
        _folded = foldedBuilder.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Every folded spelling and its value (for nearest-spelling suggestions).</summary>
    public IEnumerable<KeyValuePair<string, TValue>> FoldedSpellings => _folded;

    /// <summary>Exact spelling first; on a miss the folded spelling.</summary>
    public bool TryGet(string raw, out TValue value)
    {
        if (_exact.TryGetValue(raw, out value!))
        {
            return true;
        }

        return _folded.TryGetValue(TextFolding.FoldWords(raw), out value!);
    }

    /// <summary>Exact spelling only (no folding).</summary>
    public bool TryGetExact(string raw, out TValue value) => _exact.TryGetValue(raw, out value!);

    /// <summary>Look up text already folded with <see cref="TextFolding.FoldWords"/>.</summary>
    public bool TryGetFolded(string foldedText, out TValue value) => _folded.TryGetValue(foldedText, out value!);
}
