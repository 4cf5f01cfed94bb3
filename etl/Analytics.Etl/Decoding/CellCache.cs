namespace Analytics.Etl.Decoding;

/// <summary>Interns the cells of one column: most columns repeat a handful of values (periods, unit
/// codes, levels, channels, dates, stock phrases), so a lookup by span replaces an allocation and an
/// NFC check per cell. Bounded; a column that turns out to be mostly unique (record ids) stops
/// being cached.</summary>
internal sealed class CellCache
{
    private const int Capacity = 4096;
    private const int Trial = 20_000;
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _bySpan;
    private int _lookups, _misses;
    private bool _off;

    public CellCache() => _bySpan = _values.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Trimmed NFC text of a cell, or null when empty.</summary>
    public string? Get(ReadOnlySpan<char> raw)
    {
        var span = raw.Trim();
        if (span.IsEmpty) return null;
        if (_off) return TextNormalizer.Cell(span);
        _lookups++;
        if (_bySpan.TryGetValue(span, out var known)) return known;
        var text = span.ToString();
        var value = TextNormalizer.Nfc(text);
        if (_values.Count < Capacity) _values[text] = value;
        if (++_misses > Trial / 2 && _lookups <= Trial) _off = true;   // mostly unique: not worth it
        return value;
    }
}

/// <summary>The cell caches of one reading thread, one per canonical column of each record kind, kept from
/// file to file: a deadline's small files repeat the same levels, periods and unit codes, and a column of
/// unique values is found out once rather than in every file. Not thread-safe.</summary>
internal sealed class CellCaches
{
    private readonly Dictionary<RecordKind, CellCache[]> _byKind = [];

    public CellCache[] For(RecordKind kind, int columns)
    {
        if (!_byKind.TryGetValue(kind, out var caches) || caches.Length != columns)
            _byKind[kind] = caches = [.. Enumerable.Range(0, columns).Select(_ => new CellCache())];
        return caches;
    }
}
