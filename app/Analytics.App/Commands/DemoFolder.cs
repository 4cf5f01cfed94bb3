using Analytics.Synthetic;
using Analytics.Warehouse.Store;
using Microsoft.Extensions.Configuration;

namespace Analytics.App.Commands;

/// <summary>Where `analytics demo` keeps everything: a folder of its own (data/demo/ by default: warehouse,
/// pseudonym key, province, SQLite source, drop folder, landing, briefings, job storage), never the
/// production warehouse (data/warehouse.duckdb or ANALYTICS_WAREHOUSE) — the demo loads synthetic people
/// and adds an administrator login. An explicit --warehouse is accepted in a new folder or in one the
/// demo made (it leaves <see cref="MarkerFile"/> there); a folder holding anything else is refused.</summary>
internal static class DemoFolder
{
    /// <summary>The demo's folder unless --warehouse names another.</summary>
    public const string Default = "data/demo";

    /// <summary>What marks a folder as the demo's.</summary>
    public const string MarkerFile = "DEMO.txt";

    private const string Marker =
        "Made by `analytics demo`: a synthetic province, its warehouse, pseudonym key, sources, briefings, jobs and demo logins.\n" +
        "Nothing here is real. Delete this folder to start the demo afresh; production data lives elsewhere.\n";

    /// <summary>The demo's warehouse file: <paramref name="explicitWarehouse"/> (--warehouse given on the
    /// command line), else data/demo/warehouse.duckdb — deliberately not ANALYTICS_WAREHOUSE.</summary>
    public static string WarehousePath(string? explicitWarehouse) =>
        Path.GetFullPath(explicitWarehouse ?? Path.Combine(Default, Path.GetFileName(WarehouseStore.DefaultPath)));

    /// <summary>Makes sure the warehouse's folder is the demo's (new, empty or marked), and marks it.</summary>
    public static string Claim(string warehousePath)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(warehousePath))!;
        var marker = Path.Combine(folder, MarkerFile);
        if (!File.Exists(marker) && Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
            throw new ArgumentException(
                $"{folder} is not the demo's folder (it holds other files and no {MarkerFile}): the demo loads synthetic people " +
                "and adds an administrator login, so it keeps to a folder of its own — run `analytics demo` without --warehouse " +
                $"(it uses {Default}/), or give a warehouse path in a new folder");
        Directory.CreateDirectory(folder);
        if (!File.Exists(marker)) File.WriteAllText(marker, Marker);
        return folder;
    }

    /// <summary>The configuration the demo's `serve` runs with: the application's, but with the demo's own
    /// sources (a drop folder and the SQLite bloc in the demo folder), SQLite job storage and landing in the
    /// demo folder, and no dashboard path of production's — so the demo never pulls production's sources,
    /// files their deliveries away, or shares their jobs.</summary>
    public static IConfiguration ServeConfiguration(IConfiguration application, string warehousePath)
    {
        ArgumentNullException.ThrowIfNull(application);
        var folder = Path.GetDirectoryName(Path.GetFullPath(warehousePath))!;
        var sql = DemoCommand.DemoSqlSource(warehousePath);
        var settings = application.AsEnumerable().Where(s => s.Value is not null && !Replaced(s.Key))
            .ToDictionary(s => s.Key, s => s.Value, StringComparer.OrdinalIgnoreCase);
        settings["Jobs:Storage"] = "sqlite";
        // The demo serves plain HTTP on loopback: the one use secure cookies (the default) may be off for.
        settings["Dashboard:SecureCookies"] = "false";
        settings["Jobs:Path"] = Path.Combine(folder, "jobs.db");
        settings["Jobs:Landing"] = Path.Combine(folder, "landing");
        settings["Sources:0:Name"] = "file-drop";
        settings["Sources:0:Kind"] = "drop";
        settings["Sources:0:Path"] = Path.Combine(folder, "drop");
        settings["Sources:0:Schedule"] = "*/10 * * * *";
        settings["Sources:0:FreshnessDays"] = "30";
        settings["Sources:1:Name"] = sql.Name;
        settings["Sources:1:Kind"] = sql.Kind;
        settings["Sources:1:Path"] = sql.Path;
        foreach (var (kind, query) in SqliteBloc.Queries) settings[$"Sources:1:Queries:{kind}"] = query;
        settings["Sources:1:WatermarkColumn"] = sql.WatermarkColumn;
        settings["Sources:1:Schedule"] = "0 * * * *";
        settings["Sources:1:FreshnessDays"] = "30";
        return new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
    }

    // Production's sources, job storage and dashboard paths (configuration keys ignore case).
    private static readonly HashSet<string> ProductionPaths = new(StringComparer.OrdinalIgnoreCase)
    {
        "Jobs:Storage", "Jobs:Path", "Jobs:Landing", "Jobs:ConnectionStringVariable", "Jobs:Schema",
        "Dashboard:WarehousePath", "Dashboard:BriefingsFolder",
    };

    private static bool Replaced(string key) =>
        key.StartsWith("Sources:", StringComparison.OrdinalIgnoreCase) || ProductionPaths.Contains(key);
}
