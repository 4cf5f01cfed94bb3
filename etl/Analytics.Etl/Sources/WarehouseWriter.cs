using System.Collections.Concurrent;

namespace Analytics.Etl.Sources;

/// <summary>The warehouse has one writer (DuckDB: one writing process, and concurrent transactions on
/// one file conflict): loads into the same warehouse file from any thread of this process take this
/// lock, so two sources pulled at once load one after the other, each batch whole.</summary>
internal static class WarehouseWriter
{
    // Process-wide by nature: the lock must be shared by every puller that writes the same file.
    private static readonly ConcurrentDictionary<string, object> Locks = new(StringComparer.Ordinal);

    public static object For(string warehousePath) => Locks.GetOrAdd(Path.GetFullPath(warehousePath), _ => new object());
}
