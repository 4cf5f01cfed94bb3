using System.Diagnostics;
using Analytics.Etl.Loading;
using Analytics.Etl.Sources;
using Analytics.Etl.Validation;
using Analytics.Synthetic;
using Analytics.Warehouse.Store;

namespace Analytics.Bench;

/// <summary>The generated province the benchmarks share (ingest --submissions, check, formalism, brief):
/// kept in the work folder under one name per size and seed, generated and ingested on first use only, so
/// only the first run of any of them pays for it.</summary>
public static class BenchProvince
{
    /// <summary>The pseudonym secret of the benchmark provinces (synthetic people: a fixed secret is fine).</summary>
    public static byte[] Secret => new byte[32];

    /// <summary>The province folder, generated if absent.</summary>
    public static string Generate(int members, string workFolder, Action<string> log)
    {
        var options = new ProvinceOptions { Members = members };
        var province = Path.Combine(workFolder, $"province-{members}-{options.Seed}");
        if (!File.Exists(Path.Combine(province, ProvinceGenerator.TruthFile)))
        {
            var summary = ProvinceGenerator.Write(province, options);
            log($"generated {summary.Members:N0} members, {summary.Rows:N0} rows in {summary.Elapsed.TotalSeconds:N1} s");
        }
        return province;
    }

    /// <summary>The province folder and its ingested warehouse file, made if absent.</summary>
    public static (string Province, string Warehouse) Prepare(int members, string workFolder, Action<string> log)
    {
        var warehouse = Path.Combine(workFolder, $"province-{members}-{new ProvinceOptions().Seed}.duckdb");
        var truth = Path.Combine(workFolder, $"province-{members}-{new ProvinceOptions().Seed}", ProvinceGenerator.TruthFile);
        if (!File.Exists(truth) && File.Exists(warehouse)) File.Delete(warehouse);
        var province = Generate(members, workFolder, log);
        using var store = WarehouseStore.Open(warehouse);
        if (store.Scalar("SELECT count(*) FROM etl_batch WHERE status = 'loaded'") == 0)
        {
            var clock = Stopwatch.StartNew();
            using var keys = new PersonKeys(Secret);
            using var ingestor = new SubmissionIngestor(store, keys, new IngestOptions());
            ingestor.IngestAll(SubmissionLocator.Locate([province]));
            log($"ingested in {clock.Elapsed.TotalSeconds:N1} s");
        }
        return (province, warehouse);
    }
}
