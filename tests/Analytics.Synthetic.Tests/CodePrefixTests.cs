using System.Text;
using Analytics.Etl.Loading;
using Analytics.Etl.Sources;
using Analytics.Etl.Validation;
using Analytics.Synthetic;
using Analytics.Testing;
using Analytics.Warehouse.Store;

namespace Analytics.Synthetic.Tests;

/// <summary>CodePrefix lets provinces share one warehouse (the national benchmark): two prefixed provinces
/// loaded together each load exactly what the same province without a prefix loads alone, and every code
/// carries its province's prefix.</summary>
public sealed class CodePrefixTests
{
    private static readonly ProvinceOptions Options = new() { Members = 3_000, FirstYear = 2024, LastYear = 2025, Seed = 7 };

    [Fact]
    public void Two_prefixed_provinces_in_one_warehouse_each_load_what_they_load_alone()
    {
        using var temp = new TempFolder();
        ProvinceGenerator.Write(temp.Sub("alone-1"), Options);
        ProvinceGenerator.Write(temp.Sub("alone-2"), Options with { Seed = 8 });
        ProvinceGenerator.Write(temp.Sub("p01"), Options with { CodePrefix = "P01-" });
        ProvinceGenerator.Write(temp.Sub("p02"), Options with { Seed = 8, CodePrefix = "P02-" });

        var alone1 = Ingest(temp.Sub("alone-1.duckdb"), temp.Sub("alone-1"));
        var alone2 = Ingest(temp.Sub("alone-2.duckdb"), temp.Sub("alone-2"));
        var together = Ingest(temp.Sub("together.duckdb"), temp.Sub("p01"), temp.Sub("p02"));

        Assert.All(together, r => Assert.Equal(IngestStatus.Loaded, r.Status));
        Assert.Equal(alone1.Count + alone2.Count, together.Count);
        using var store = WarehouseStore.Open(temp.Sub("together.duckdb"));
        Assert.Equal(Counts(temp.Sub("alone-1.duckdb"), "", "alone-1"), Counts(store, "P01-", "p01"));
        Assert.Equal(Counts(temp.Sub("alone-2.duckdb"), "", "alone-2"), Counts(store, "P02-", "p02"));
        Assert.Equal(0, store.Scalar("SELECT count(*) FROM unit_observation WHERE unit_code NOT LIKE 'P0_-%'"));
        Assert.Equal(0, store.Scalar("SELECT count(*) FROM rating WHERE record_id NOT LIKE 'P0_-%'"));
    }

    private static List<IngestReport> Ingest(string warehouse, params string[] provinces)
    {
        using var store = WarehouseStore.Open(warehouse);
        using var keys = new PersonKeys(Encoding.UTF8.GetBytes("a test secret of 32 bytes......."));
        using var ingestor = new SubmissionIngestor(store, keys, new IngestOptions());
        return [.. ingestor.IngestAll(SubmissionLocator.Locate(provinces))];
    }

    private static string Counts(string warehouse, string prefix, string folder)
    {
        using var store = WarehouseStore.Open(warehouse);
        return Counts(store, prefix, folder);
    }

    /// <summary>Ratings, units and people of one province (by its prefix), and the rows its submissions
    /// (by their folder) read, loaded and quarantined.</summary>
    private static string Counts(WarehouseStore store, string prefix, string folder)
    {
        var like = prefix + "%";
        var ratings = store.Scalar("SELECT count(*) FROM rating WHERE record_id LIKE $1", like);
        var units = store.Scalar("SELECT count(DISTINCT unit_code) FROM unit_observation WHERE unit_code LIKE $1", like);
        var people = store.Scalar("SELECT count(*) FROM person_identity WHERE source_person_id LIKE $1", like);
        var batches = $"%{Path.DirectorySeparatorChar}{folder}{Path.DirectorySeparatorChar}%";
        var read = store.Scalar("SELECT sum(rows_read)::BIGINT FROM etl_batch WHERE submission LIKE $1", batches);
        var loaded = store.Scalar("SELECT sum(rows_loaded)::BIGINT FROM etl_batch WHERE submission LIKE $1", batches);
        var quarantined = store.Scalar("SELECT sum(rows_quarantined)::BIGINT FROM etl_batch WHERE submission LIKE $1", batches);
        return $"{ratings} ratings, {units} units, {people} people; read {read}, loaded {loaded}, quarantined {quarantined}";
    }
}
