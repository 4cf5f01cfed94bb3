using System.Text;
using Analytics.Etl.Loading;
using Analytics.Etl.Sources;
using Analytics.Etl.Validation;
using Analytics.Testing;
using Analytics.Warehouse.Store;

namespace Analytics.Etl.Tests.Helpers;

/// <summary>A delivery of several submission folders, and two warehouses to load it into: one with
/// <see cref="SubmissionIngestor.IngestAll(IReadOnlyList{Submission})"/> (many at once), one by ingesting
/// the submissions one after another, the reference the first must equal.</summary>
internal sealed class DeliveryFolder : IDisposable
{
    private readonly TempFolder _root = new("analytics-delivery-");

    public DeliveryFolder() => Directory.CreateDirectory(Delivery);

    public string Delivery => _root.Sub("delivery");
    public string AtOnce => _root.Sub("at-once.duckdb");
    public string OneByOne => _root.Sub("one-by-one.duckdb");

    public DeliveryFolder Submission(string name, params (string File, string Text)[] files)
    {
        Directory.CreateDirectory(Path.Combine(Delivery, name));
        foreach (var (file, text) in files)
            File.WriteAllText(Path.Combine(Delivery, name, file), text.ReplaceLineEndings("\n") + "\n", new UTF8Encoding(false));
        return this;
    }

    public IReadOnlyList<Submission> Submissions => SubmissionLocator.Locate([Delivery]);

    public List<IngestReport> IngestAll(IngestOptions? options = null, Action<WarehouseStore>? before = null) =>
        Load(AtOnce, before, ingestor => [.. ingestor.IngestAll(Submissions)], options);

    public List<IngestReport> IngestOneByOne(Action<WarehouseStore>? before = null) =>
        Load(OneByOne, before, ingestor => [.. Submissions.Select(ingestor.Ingest)], null);

    private static List<IngestReport> Load(string warehouse, Action<WarehouseStore>? before,
        Func<SubmissionIngestor, List<IngestReport>> ingest, IngestOptions? options)
    {
        using var store = WarehouseStore.Open(warehouse);
        before?.Invoke(store);
        using var keys = Keys();
        using var ingestor = new SubmissionIngestor(store, keys, options ?? new IngestOptions());
        return ingest(ingestor);
    }

    public static PersonKeys Keys() => new(Encoding.UTF8.GetBytes(SubmissionFolder.Secret));

    /// <summary>Everything a warehouse holds about its loads, one line per row in a stable order (the
    /// clock columns left out).</summary>
    public static List<string> Contents(string warehouse)
    {
        string[] tables = ["etl_batch", "etl_file", "etl_rejected", "unit_observation", "person", "person_identity", "rating", "position",
            "summary", "residence_comment", "stg_unit", "stg_person", "stg_identity", "stg_suspect"];
        using var store = WarehouseStore.Open(warehouse);
        var lines = new List<string>();
        foreach (var table in tables)
        {
            var exclude = table == "etl_batch" ? " EXCLUDE (started_at, finished_at)" : "";
            var sql = $"SELECT CAST(t AS VARCHAR) AS r FROM (SELECT *{exclude} FROM {table}) t ORDER BY r";
            lines.AddRange(store.Rows(sql, r => $"{table} {r.GetString(0)}"));
        }
        return lines;
    }

    /// <summary>What the report of each submission says, comparable across the two ways of loading.</summary>
    public static List<string> Summary(IEnumerable<IngestReport> reports) =>
        [.. reports.Select(r => $"{r.Submission} {r.Status} {r.BatchId} {r.Reason} " + string.Join(" ",
            r.Outcome?.Kinds.Select(k => $"{k.Key}:{k.Value.Read}/{k.Value.Loaded}/{k.Value.Unchanged}/{k.Value.Quarantined}") ?? []))];

    public void Dispose() => _root.Dispose();
}
