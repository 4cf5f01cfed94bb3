namespace Analytics.Warehouse.Vocabulary;

/// <summary>The terms of one kind of code (roles, levels, review statuses …) in display order, as the
/// vocabulary table's <c>concept</c> names it. An unknown code reads as itself, so a value the
/// vocabulary does not know yet is shown rather than hidden.</summary>
public sealed class Concept
{
    private readonly Dictionary<string, Term> _byCode;

    public Concept(string name, IReadOnlyList<Term> terms)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(terms);
        Name = name;
        Terms = terms;
        _byCode = terms.ToDictionary(t => t.Code, StringComparer.Ordinal);
    }

    /// <summary>The concept's key in the vocabulary table ('role', 'level' …).</summary>
    public string Name { get; }

    /// <summary>Every term, in the order pages and filters list them.</summary>
    public IReadOnlyList<Term> Terms { get; }

    public IEnumerable<string> Codes => Terms.Select(t => t.Code);

    public bool Contains(string? code) => code is not null && _byCode.ContainsKey(code);

    public Term? Find(string? code) => code is not null && _byCode.TryGetValue(code, out var term) ? term : null;

    /// <summary>The label of a code; the code itself when unknown; "" for none.</summary>
    public string Label(string? code) => code is null ? "" : Find(code)?.Label ?? code;

    /// <summary>The words of a code inside a sentence; the code itself when unknown; "" for none.</summary>
    public string InSentence(string? code) => code is null ? "" : Find(code)?.InSentence ?? code;
}
