using System.Diagnostics;
using Analytics.App.Commands;
using Analytics.App.Jobs;
using Analytics.Dashboards.Web;
using Analytics.Etl.Sources;
using Analytics.Warehouse.Store;
using Microsoft.Extensions.Configuration;

namespace Analytics.App.Tests;

/// <summary>`analytics demo` keeps to a folder of its own (data/demo/): its warehouse, key, province,
/// sources, briefings and logins never land beside the production warehouse, not even when
/// ANALYTICS_WAREHOUSE names it, and its `serve` pulls only its own sources into its own job storage.</summary>
public sealed class DemoFolderTests
{
    [Fact]
    public async Task The_demo_keeps_to_data_demo_and_leaves_the_production_warehouse_alone()
    {
        using var root = new TempFolder();
        var production = root.Sub("prod/warehouse.duckdb");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = root.Path,
        };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "analytics.dll"), "demo", "--no-serve", "--members", "3000" })
            start.ArgumentList.Add(arg);
        start.Environment["ANALYTICS_WAREHOUSE"] = production;   // what an operator sets for production
        start.Environment.Remove(PseudonymSecret.Variable);
        using var child = Process.Start(start)!;
        var output = child.StandardOutput.ReadToEndAsync();
        var error = child.StandardError.ReadToEndAsync();
        await child.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(5));
        Assert.True(child.ExitCode == 0, await error);

        var demo = root.Sub("data/demo");
        Assert.StartsWith($"== the demo keeps to {demo}: its own warehouse, key, province, sources, briefings, jobs and logins; " +
            "production data is not touched\n",
            (await output).ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Equal(["data"], Directory.EnumerateFileSystemEntries(root.Path).Select(Path.GetFileName));
        Assert.Equal(["demo"], Directory.EnumerateFileSystemEntries(root.Sub("data")).Select(Path.GetFileName));
        Assert.Equal([DemoFolder.MarkerFile, "briefings", "landing", "province", PseudonymSecret.FileName, "sources", "warehouse.duckdb"],
            Directory.EnumerateFileSystemEntries(demo).Select(Path.GetFileName).Where(n => !n!.EndsWith(".wal", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal));
        Assert.True(File.Exists(Path.Combine(demo, "sources", "bloc.sqlite")));
        Assert.True(File.Exists(Path.Combine(demo, "province", "truth.json")));
        Assert.True(File.Exists(Path.Combine(demo, "briefings", "2025-Q4", "briefing.html")));
    }

    [Fact]
    public void A_warehouse_in_a_folder_that_is_not_the_demos_is_refused_before_anything_is_written()
    {
        using var cli = new CliRunner();
        Assert.Equal(0, cli.Run("ingest", Path.Combine(CliRunner.RepositoryRoot(), "samples")).Exit);   // production's warehouse
        var (exit, output, error) = cli.Run("demo", "--no-serve", "--members", "3000");
        Assert.Equal(1, exit);
        Assert.Equal("", output);
        Assert.Equal($"error: {cli.Root} is not the demo's folder (it holds other files and no DEMO.txt): the demo loads synthetic " +
            "people and adds an administrator login, so it keeps to a folder of its own — run `analytics demo` without --warehouse " +
            "(it uses data/demo/), or give a warehouse path in a new folder", error.Trim());
        Assert.False(File.Exists(Path.Combine(cli.Root, DemoFolder.MarkerFile)));
        using var store = WarehouseStore.Open(cli.Warehouse);
        Assert.Null(DashboardUsers.Find(store, "demo"));
        Assert.Equal(2, store.Scalar("SELECT count(*) FROM etl_batch"));
    }

    [Fact]
    public void The_demos_server_pulls_its_own_sources_into_its_own_jobs_and_landing()
    {
        var production = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Sources:0:Name"] = "so-noi-vu",
            ["Sources:0:Kind"] = "postgres",
            ["Sources:0:ConnectionStringVariable"] = "PERSONNEL",
            ["Sources:0:Queries:ratings"] = "SELECT * FROM ratings",
            ["Sources:1:Name"] = "file-drop",
            ["Sources:1:Kind"] = "drop",
            ["Sources:1:Path"] = "/srv/drop",
            ["Sources:2:Name"] = "third",
            ["Sources:2:Kind"] = "drop",
            ["Sources:2:Path"] = "/srv/third",
            ["Jobs:Storage"] = "postgres",
            ["jobs:path"] = "/srv/jobs.db",
            ["Jobs:Landing"] = "/srv/landing",
            ["Jobs:Workers"] = "3",
            ["Dashboard:WarehousePath"] = "/srv/warehouse.duckdb",
            ["Checks:ExcellentQuota"] = "0.15",
        }).Build();
        using var folder = new TempFolder();
        var warehouse = Path.Combine(folder.Path, "warehouse.duckdb");

        var demo = DemoFolder.ServeConfiguration(production, warehouse);
        Assert.Equal(
            [("file-drop", "drop", Path.Combine(folder.Path, "drop")),
             ("bloc-sqlite", "sqlite", Path.Combine(folder.Path, "sources", "bloc.sqlite"))],
            SourceCatalog.Bind(demo).Select(s => (s.Name, s.Kind, s.Path)));
        var jobs = demo.GetSection(JobSettings.Section).Get<JobSettings>()!;
        Assert.Equal(("sqlite", Path.Combine(folder.Path, "jobs.db"), Path.Combine(folder.Path, "landing"), 3),
            (jobs.Storage, jobs.Path, jobs.Landing, jobs.Workers));
        Assert.Null(demo["Dashboard:WarehousePath"]);
        Assert.Equal("false", demo["Dashboard:SecureCookies"]);   // the demo serves plain HTTP on loopback
        Assert.Equal("0.15", demo["Checks:ExcellentQuota"]);
    }
}
