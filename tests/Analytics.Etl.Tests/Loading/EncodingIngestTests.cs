using Analytics.Etl.Decoding;
using Analytics.Etl.Loading;
using Analytics.Etl.Tests.Helpers;
using Analytics.Warehouse.Store;

namespace Analytics.Etl.Tests.Loading;

/// <summary>The same ratings delivered in every encoding load to exactly the same rows, through the
/// whole ingest path (the fixtures were made once by iconv and UniKey; see Fixtures/encodings).</summary>
public sealed class EncodingIngestTests
{
    private const string Units = """
        unit_code,unit_name,unit_kind
        CB-AP2-01,Chi bộ ấp 2,party_cell
        CB-TTR-03,Chi bộ thị trấn 3,party_cell
        UBND-XA-07,Ủy ban nhân dân xã,government_body
        """;

    private const string Content = """
        SELECT string_agg(concat_ws('|', record_id, level, not_rated, legacy_label, comment, decided_on, extra), chr(10) ORDER BY record_id)
        FROM rating_all
        """;

    private static (string Rows, string Rejects, string Encoding) Load(string fixture, IngestOptions? options = null)
    {
        using var s = new SubmissionFolder().With("units.csv", Units)
            .With("ratings.csv", EncodingFixtures.Bytes(fixture));
        var report = s.Ingest(options);
        Assert.Equal(IngestStatus.Loaded, report.Status);
        using var store = WarehouseStore.Open(s.WarehousePath);
        using var rows = store.Command(Content);
        using var rejects = store.Command(
            "SELECT string_agg(concat_ws('|', line, column_name, reason), chr(10) ORDER BY line) FROM etl_rejected");
        return ((string)rows.ExecuteScalar()!, rejects.ExecuteScalar() as string ?? "",
            report.Files.Single(f => f.File == "ratings.csv").Encoding);
    }

    [Theory]
    [InlineData("ratings_utf8_bom.csv", "utf-8")]
    [InlineData("ratings_cp1258.csv", "windows-1258")]
    [InlineData("ratings_tcvn3.csv", "tcvn3")]
    [InlineData("ratings_vni.csv", "vni")]
    public void Every_encoding_is_detected_and_loads_the_same_rows_as_utf8(string fixture, string encoding)
    {
        var expected = Load("ratings_utf8.csv");
        var actual = Load(fixture);
        Assert.Equal(encoding, actual.Encoding);
        Assert.Equal(expected.Rows, actual.Rows);
        Assert.Equal(expected.Rejects, actual.Rejects);
        Assert.Contains("Còn hạn chế trong việc nghiên cứu, học tập nghị quyết", actual.Rows, StringComparison.Ordinal);
    }

    [Fact]
    public void A_declared_encoding_overrides_detection()
    {
        var declared = Load("ratings_vni.csv", new IngestOptions { Encoding = SourceEncoding.Vni });
        Assert.Equal("vni", declared.Encoding);
        Assert.Equal(Load("ratings_utf8.csv").Rows, declared.Rows);
    }
}
