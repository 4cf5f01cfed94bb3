using System.Collections;
using System.Collections.Concurrent;

namespace Analytics.Etl.Workbooks;

/// <summary>The notes of a workbook read in place: those of the plan (sheets passed over), then each
/// sheet's latest rendering (a sheet is rendered once to hash it and again to load it; the second
/// replaces the first, so nothing is said twice).</summary>
internal sealed class WorkbookNotes : IReadOnlyList<string>
{
    private readonly ConcurrentDictionary<string, IReadOnlyList<string>> _files = new(StringComparer.Ordinal);

    public List<string> Planned { get; } = [];

    public void Set(string file, IReadOnlyList<string> notes) => _files[file] = notes;

    private List<string> Snapshot() =>
        [.. Planned, .. _files.OrderBy(f => f.Key, StringComparer.Ordinal).SelectMany(f => f.Value)];

    public int Count => Snapshot().Count;

    public string this[int index] => Snapshot()[index];

    public IEnumerator<string> GetEnumerator() => Snapshot().GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
