namespace Analytics.App.Ownership;

/// <summary>The server's one warehouse writer: the jobs of the warehouse queue (through
/// <see cref="Jobs.WarehouseWriterFilter"/>) and the writing verbs the CLI hands over take it in turn,
/// so a CLI ingest never races a scheduled load and batches and check runs stay in order. Reading verbs
/// and the dashboard do not take it (DuckDB gives each reader a consistent snapshot).</summary>
internal sealed class WarehouseWriter : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile string? _holder;

    /// <summary>What holds the writer now (a job or a verb), or null.</summary>
    public string? Holder => _holder;

    /// <summary>Waits for the writer; <paramref name="waiting"/> hears once what it waits for.</summary>
    public IDisposable Enter(string who, CancellationToken cancellation, Action<string>? waiting = null)
    {
        if (!_gate.Wait(0))
        {
            waiting?.Invoke(_holder ?? "another writer");
            _gate.Wait(cancellation);
        }
        _holder = who;
        return new Lease(this);
    }

    public void Dispose() => _gate.Dispose();

    private sealed class Lease(WarehouseWriter writer) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) != 0) return;
            writer._holder = null;
            writer._gate.Release();
        }
    }
}
