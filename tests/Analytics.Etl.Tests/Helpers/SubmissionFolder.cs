using System.Text;
using Analytics.Etl.Loading;
using Analytics.Etl.Sources;
using Analytics.Etl.Validation;
using Analytics.Warehouse.Store;

namespace Analytics.Etl.Tests.Helpers;

/// <summary>A temporary submission folder plus a warehouse beside it; deleted on dispose.</summary>
internal sealed class SubmissionFolder : IDisposable
{
    public const string UnitsCsv = """
        unit_code,unit_name,unit_kind,parent_code,area_code,valid_from
        DU,Đảng bộ xã Tân Phú,grassroots_party_org,,TP,2020-01-01
        CB01,Chi bộ thôn 1,party_cell,DU,TP,2020-01-01
        CB02,Chi bộ thôn 2,party_cell,DU,TP,2020-01-01
        """;

    public const string Secret = "a test secret of 32 bytes.......";

    public const string RatingsHeader =
        "record_id,period,subject_kind,subject_id,unit_code,role,channel,level,score,discipline,comment,decided_on,revision";

    public SubmissionFolder()
    {
        Root = Directory.CreateTempSubdirectory("analytics-etl-").FullName;
        Folder = Path.Combine(Root, "submission");
        Directory.CreateDirectory(Folder);
        WarehousePath = Path.Combine(Root, "warehouse.duckdb");
    }

    public string Root { get; }
    public string Folder { get; }
    public string WarehousePath { get; }

    public SubmissionFolder With(string file, string text) =>
        With(file, new UTF8Encoding(false).GetBytes(text.ReplaceLineEndings("\n") + "\n"));

    public SubmissionFolder With(string file, byte[] bytes)
    {
        File.WriteAllBytes(Path.Combine(Folder, file), bytes);
        return this;
    }

    /// <summary>units.csv plus a ratings.csv of the given data lines under the canonical header.</summary>
    public SubmissionFolder WithRatings(params string[] lines) =>
        With("units.csv", UnitsCsv).With("ratings.csv", RatingsHeader + "\n" + string.Join("\n", lines));

    public Submission Submission => SubmissionLocator.Locate([Folder]).Single();

    public IngestReport Ingest(IngestOptions? options = null) => Ingest(Submission, options);

    public IngestReport Ingest(Submission submission, IngestOptions? options = null)
    {
        using var store = WarehouseStore.Open(WarehousePath);
        using var keys = new PersonKeys(Encoding.UTF8.GetBytes(Secret));
        using var ingestor = new SubmissionIngestor(store, keys, options ?? new IngestOptions());
        return ingestor.Ingest(submission);
    }

    public List<RejectedRow> Rejects()
    {
        using var store = WarehouseStore.Open(WarehousePath);
        return store.Rejects().Select(r => r.Row).ToList();
    }

    public long Scalar(string sql)
    {
        using var store = WarehouseStore.Open(WarehousePath);
        return store.Scalar(sql);
    }

    public List<string> Strings(string sql)
    {
        using var store = WarehouseStore.Open(WarehousePath);
        return [.. store.Rows(sql, r => r.IsDBNull(0) ? "" : Convert.ToString(r.GetValue(0),
            System.Globalization.CultureInfo.InvariantCulture)!)];
    }

    public RecordCounts Counts()
    {
        using var store = WarehouseStore.Open(WarehousePath);
        return store.Counts();
    }

    public void Dispose() => Directory.Delete(Root, true);
}
