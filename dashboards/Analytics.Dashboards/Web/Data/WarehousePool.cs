using System.Collections.Concurrent;
using Analytics.Warehouse.Store;

namespace Analytics.Dashboards.Web.Data;

/// <summary>Open connections to the one warehouse database, one per concurrent request: DuckDB.NET
/// shares a single database instance among connections to the same file in a process, and a
/// connection must never be used by two threads at once. The first connection applies the
/// migrations and stays open for the server's life (it keeps the instance alive).</summary>
internal sealed class WarehousePool : IDisposable
{
    private const int MaxIdle = 32;
    private readonly ConcurrentBag<WarehouseStore> _idle = [];
    private readonly WarehouseStore _anchor;

    public WarehousePool(string path)
    {
        _anchor = WarehouseStore.Open(path);
        Path = _anchor.Path;
    }

    public string Path { get; }

    public Lease Rent() => new(this, _idle.TryTake(out var store) ? store : WarehouseStore.Open(Path));

    private void Return(WarehouseStore store)
    {
        if (_idle.Count < MaxIdle) _idle.Add(store);
        else store.Dispose();
    }

    public void Dispose()
    {
        while (_idle.TryTake(out var store)) store.Dispose();
        _anchor.Dispose();
    }

    /// <summary>One connection for the duration of a request; dispose to give it back.</summary>
    internal readonly struct Lease(WarehousePool pool, WarehouseStore store) : IDisposable
    {
        public WarehouseStore Store => store;

        public void Dispose() => pool.Return(store);
    }
}
