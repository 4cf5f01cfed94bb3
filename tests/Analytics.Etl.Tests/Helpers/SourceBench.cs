using System.Text;
using Analytics.Etl.Loading;
using Analytics.Etl.Sources;
using Analytics.Etl.Validation;
using Analytics.Warehouse.Store;

namespace Analytics.Etl.Tests.Helpers;

/// <summary>A temporary place for source tests: a warehouse, a landing root and room for the source's
/// own files; <see cref="Pull"/> fetches and loads like `analytics pull`. Deleted on dispose.</summary>
internal sealed class SourceBench : IDisposable
{
    public SourceBench()
    {
        Root = Directory.CreateTempSubdirectory("analytics-src-").FullName;
        WarehousePath = Path.Combine(Root, "warehouse.duckdb");
        Landing = Path.Combine(Root, "landing");
    }

    public string Root { get; }
    public string WarehousePath { get; }
    public string Landing { get; }

    public string PathOf(string relative) => Path.Combine(Root, relative);

    /// <summary>Writes a UTF-8 text file (LF line ends) under the root.</summary>
    public string Write(string relative, string text)
    {
        var path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text.ReplaceLineEndings("\n") + "\n", new UTF8Encoding(false));
        return path;
    }

    /// <summary>Fetches from the stored watermark, then loads: what one scheduled pull does.</summary>
    public PullReport Pull(SourceSettings source, HttpMessageHandler? handler = null)
    {
        var puller = new SourcePuller(source, Landing, handler);
        string? since;
        using (var store = WarehouseStore.Open(WarehousePath)) since = SourcePuller.Watermark(store, source.Name);
        var fetched = puller.Fetch(since, CancellationToken.None);
        return Load(puller, fetched);
    }

    /// <summary>Fetch and load at once (<see cref="SourcePuller.Pull"/>), from the stored watermark.</summary>
    public PullReport PullAtOnce(SourceSettings source, HttpMessageHandler? handler = null)
    {
        var puller = new SourcePuller(source, Landing, handler);
        using var store = WarehouseStore.Open(WarehousePath);
        using var keys = new PersonKeys(Encoding.UTF8.GetBytes(SubmissionFolder.Secret));
        using var ingestor = new SubmissionIngestor(store, keys, new IngestOptions());
        return puller.Pull(SourcePuller.Watermark(store, source.Name), ingestor, store, CancellationToken.None);
    }

    public PullReport Load(SourcePuller puller, FetchResult fetched)
    {
        using var store = WarehouseStore.Open(WarehousePath);
        using var keys = new PersonKeys(Encoding.UTF8.GetBytes(SubmissionFolder.Secret));
        using var ingestor = new SubmissionIngestor(store, keys, new IngestOptions());
        return puller.Load(fetched, ingestor, store);
    }

    public long Scalar(string sql, params object?[] parameters)
    {
        using var store = WarehouseStore.Open(WarehousePath);
        return store.Scalar(sql, parameters);
    }

    public List<string> Strings(string sql, params object?[] parameters)
    {
        using var store = WarehouseStore.Open(WarehousePath);
        var invariant = System.Globalization.CultureInfo.InvariantCulture;
        return [.. store.Rows(sql, r => r.IsDBNull(0) ? "" : Convert.ToString(r.GetValue(0), invariant)!, parameters)];
    }

    public RecordCounts Counts()
    {
        using var store = WarehouseStore.Open(WarehousePath);
        return store.Counts();
    }

    public void Dispose() => Directory.Delete(Root, true);
}
