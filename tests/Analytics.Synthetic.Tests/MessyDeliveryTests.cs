using System.Globalization;
using System.Text;
using Analytics.Etl.Loading;
using Analytics.Etl.Sources;
using Analytics.Etl.Validation;
using Analytics.Synthetic;
using Analytics.Synthetic.Tests.Helpers;
using Analytics.Warehouse.Store;
using DuckDB.NET.Data;

namespace Analytics.Synthetic.Tests;

/// <summary>Messy delivery through the real loader: legacy encodings, `;`, Vietnamese headers and varied
/// spellings are all read; exactly the bad rows of truth.json are quarantined, at their lines, for their
/// reasons; and what loads equals the canonical twin (same seed, Messy = false).</summary>
[Collection(ProvinceCollection.Name)]
public sealed class MessyDeliveryTests(Provinces provinces, MessyDeliveryTests.Ingested ingested)
    : IClassFixture<MessyDeliveryTests.Ingested>
{
    /// <summary>The messy province ingested once into a temporary warehouse.</summary>
    public sealed class Ingested : IDisposable
    {
        private readonly TempFolder _folder = new("analytics-bench-wh-");
        private readonly Lock _gate = new();
        private List<IngestReport>? _reports;

        public string Warehouse => _folder.Sub("warehouse.duckdb");

        internal List<IngestReport> Reports(string province)
        {
            lock (_gate)
            {
                if (_reports is null)
                {
                    using var store = WarehouseStore.Open(Warehouse);
                    using var keys = new PersonKeys(Encoding.UTF8.GetBytes("a test secret of 32 bytes......."));
                    using var ingestor = new SubmissionIngestor(store, keys, new IngestOptions());
                    _reports = [.. ingestor.IngestAll(SubmissionLocator.Locate([province]))];
                }

                return _reports;
            }
        }

        public void Dispose() => _folder.Dispose();
    }

    [Fact]
    public void Every_submission_loads_and_the_messy_features_are_all_there()
    {
        var reports = ingested.Reports(provinces.Messy.Folder);
        Assert.All(reports, r => Assert.Equal(IngestStatus.Loaded, r.Status));
        Assert.Equal(provinces.Messy.Summary.Submissions, reports.Count);
        var files = reports.SelectMany(r => r.Files).ToList();
        Assert.Contains(files, f => f.Encoding == "windows-1258");
        Assert.Contains(files, f => f.Encoding == "tcvn3");
        Assert.Contains(files, f => f.Separator == ";");
        Assert.All(files, f => Assert.Empty(f.UnknownColumns));
        var headers = Directory.GetFiles(provinces.Messy.Folder, "*.csv", SearchOption.AllDirectories)
            .Select(f => File.ReadLines(f, Encoding.UTF8).First());
        Assert.Contains(
            headers, h => h.Contains("Kỳ đánh giá", StringComparison.Ordinal) || h.Contains("Họ và tên", StringComparison.Ordinal));
    }

    [Fact]
    public void Exactly_the_bad_rows_of_the_truth_are_quarantined()
    {
        var reports = ingested.Reports(provinces.Messy.Folder);
        var submissionOf = reports.ToDictionary(r => r.BatchId, r => r.Submission);
        using var store = WarehouseStore.Open(ingested.Warehouse);
        var rejected = store.Rejects().Select(r => (Submission: submissionOf[r.BatchId], r.Row)).ToList();
        var truth = provinces.Messy.Truth.BadRows;
        Assert.True(truth.Count >= 5, $"only {truth.Count} bad rows");
        Assert.Equal(
            ["BAD_DATE", "BAD_PERIOD", "MISSING_FIELD", "UNKNOWN_LEVEL", "UNKNOWN_UNIT"],
            truth.Select(b => b.Reason).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(
            truth.Select(b => $"{b.Submission}/{b.File}:{b.Line} {b.Reason}").Order(StringComparer.Ordinal),
            rejected.Select(r => $"{r.Submission}/{r.Row.File}:{r.Row.Line} {r.Row.Reason}").Order(StringComparer.Ordinal));
        foreach (var (_, row) in rejected)
        {
            string expected = row.Reason switch
            {
                "UNKNOWN_LEVEL" => "HTTTNV",
                "BAD_PERIOD" => "-Q5",
                "UNKNOWN_UNIT" => "-CB99",
                "BAD_DATE" => "31/02/",
                _ => "",
            };
            Assert.Contains(expected, row.Raw, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void What_loads_equals_the_canonical_twin()
    {
        ingested.Reports(provinces.Messy.Folder);
        var canonical = provinces.Planted.Data!;
        var expected = canonical.Finals.GroupBy(r => $"{r.Year} {r.Role} {r.Level}")
            .Select(g => $"{g.Key} {g.Count()}").Order(StringComparer.Ordinal).ToList();
        using var connection = new DuckDBConnection($"Data Source={ingested.Warehouse}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT period || ' ' || role || ' ' || CAST(level AS VARCHAR) || ' ' || CAST(n AS VARCHAR)
            FROM (SELECT period, CAST(role AS VARCHAR) AS role, coalesce(level, 0) AS level, count(*) AS n
                  FROM rating_current WHERE channel = 'final' GROUP BY ALL)
            """;
        var loaded = new List<string>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                loaded.Add(reader.GetString(0));
            }
        }

        Assert.Equal(expected, loaded.Order(StringComparer.Ordinal));
        command.CommandText = "SELECT count(*) FROM rating_current";
        Assert.Equal(canonical.Ratings.Count - provinces.Messy.Truth.BadRows.Count,
            Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture));
        command.CommandText = "SELECT count(*) FROM residence_current";
        Assert.Equal(canonical.Residence.Count, Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture));
    }
}
