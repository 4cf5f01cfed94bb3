namespace Analytics.Warehouse.Checks;

/// <summary>The checks embedded from Checks/Rules/*.sql. A file starts with `-- key: value` header
/// lines (code, title_vi, title_en, rule_sets, severity, regulation, optional periods: year); the
/// rest is the query. Adding a rule = adding one file.</summary>
public static class CheckCatalog
{
    private static readonly Lazy<IReadOnlyList<CheckRule>> Loaded = new(Load);

    public static IReadOnlyList<CheckRule> All => Loaded.Value;

    public static CheckRule? Find(string code) => All.FirstOrDefault(r => string.Equals(r.Code, code, StringComparison.OrdinalIgnoreCase));

    internal static CheckRule Parse(string name, string text)
    {
        var header = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in text.Split('\n'))
        {
            if (!line.StartsWith("-- ", StringComparison.Ordinal)) break;
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0) continue;
            var key = line[3..colon].Trim();
            if (key.Length > 0 && key.All(c => char.IsAsciiLetterLower(c) || c == '_')) header.TryAdd(key, line[(colon + 1)..].Trim());
        }
        string Need(string key) => header.TryGetValue(key, out var v) && v.Length > 0
            ? v : throw new InvalidDataException($"{name}: the header has no '{key}:' line");
        var severity = Need("severity");
        if (severity is not ("violation" or "warning")) throw new InvalidDataException($"{name}: severity must be violation or warning");
        return new CheckRule(Need("code"), Need("title_vi"), Need("title_en"),
            Need("rule_sets").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
            severity, Need("regulation"), header.GetValueOrDefault("periods") == "year", text);
    }

    private static List<CheckRule> Load()
    {
        var assembly = typeof(CheckCatalog).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("Checks/Rules/", StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n =>
            {
                using var stream = assembly.GetManifestResourceStream(n)!;
                using var reader = new StreamReader(stream);
                return Parse(n, reader.ReadToEnd());
            })
            .ToList();
    }
}
