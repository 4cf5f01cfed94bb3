using Analytics.Etl.Loading;
using Analytics.Etl.Sources;
using Analytics.Etl.Validation;
using Analytics.Synthetic;
using Analytics.Warehouse.Checks;
using Analytics.Warehouse.Store;

namespace Analytics.Web.Tests.Helpers;

/// <summary>A small synthetic province (3,000 members, 2023–2025, planted violations), generated,
/// ingested and checked once per test run; tests take copies of its warehouse file.</summary>
internal static class DemoProvince
{
    public static readonly string[] Years = ["2023", "2024", "2025"];
    private static readonly Lazy<string> Built = new(Build, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>A fresh copy of the checked warehouse in its own folder (deleted with the folder).</summary>
    public static TempCopy Copy() => new(Built.Value);

    private static string Build()
    {
        var folder = Directory.CreateTempSubdirectory("analytics-web-province-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(folder, true);
        var province = Path.Combine(folder, "province");
        ProvinceGenerator.Write(province, new ProvinceOptions { Members = 3000, FirstYear = 2023, LastYear = 2025 });
        var path = Path.Combine(folder, "warehouse.duckdb");
        using (var store = WarehouseStore.Open(path))
        {
            store.BindKey(Secret);
            using (var keys = new PersonKeys(Secret))
            using (var ingestor = new SubmissionIngestor(store, keys, new IngestOptions()))
                ingestor.IngestAll(SubmissionLocator.Locate([province]));
            var runner = new CheckRunner(store, new CheckSettings());
            foreach (var year in Years) runner.Run(year);
        }
        Directory.Delete(province, true);
        return path;
    }

    /// <summary>The pseudonym secret the province is loaded and checked with.</summary>
    public static byte[] Secret => new byte[32];

    /// <summary>Re-runs the checks of a period on a warehouse (what a scheduled re-check does).</summary>
    public static void Recheck(WarehouseStore store, string period)
    {
        if (store.Key is null) store.BindKey(Secret);
        new CheckRunner(store, new CheckSettings()).Run(period);
    }
}

/// <summary>A copy of a warehouse file in a temporary folder.</summary>
internal sealed class TempCopy : IDisposable
{
    public TempCopy(string source)
    {
        Folder = Directory.CreateTempSubdirectory("analytics-web-").FullName;
        Path = System.IO.Path.Combine(Folder, "warehouse.duckdb");
        File.Copy(source, Path);
    }

    public string Folder { get; }
    public string Path { get; }

    public void Dispose() => Directory.Delete(Folder, true);
}
