using System.Diagnostics;
using System.Security.Cryptography;
using Analytics.Warehouse.Store;

namespace Analytics.App.Backups;

/// <summary>A consistent copy of a warehouse while it is in use, into a new folder. The default method,
/// COPY FROM DATABASE into a freshly attached file, copies one transaction's snapshot (concurrent
/// readers and the dashboard's small writes go on) into a file any DuckDB opens; "checkpoint" flushes
/// the WAL and copies the file with cp in a child process (never from this process: closing any handle
/// on the file would drop DuckDB's POSIX lock for the whole server); "export" writes EXPORT DATABASE's
/// Parquet. docs/operations.md "Backup and restore" has the measurements. The server runs a backup as a
/// writer, so no load or check is half-way through it.</summary>
internal static class WarehouseBackup
{
    public const string WarehouseFile = "warehouse.duckdb";
    public const string ExportFolder = "export";

    public static readonly IReadOnlyList<string> Methods = ["copy", "checkpoint", "export"];

    private const string SchemaVersion = "SELECT coalesce(max(version), 0) FROM schema_migration";

    /// <summary>Backs <paramref name="store"/> up into the new (or empty) <paramref name="folder"/>;
    /// <paramref name="key"/> notes the pseudonym key once the folder exists.</summary>
    public static BackupManifest Make(WarehouseStore store, string folder, string method, Func<string, PseudonymKeyNote> key)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(key);
        if (!Methods.Contains(method)) throw new ArgumentException($"--method '{method}' is not one of {string.Join(", ", Methods)}");
        var target = Path.GetFullPath(folder);
        if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any())
            throw new IOException($"--out {target} is not empty; a backup goes into a new (or empty) folder");
        Directory.CreateDirectory(target);
        var note = key(target);
        var file = Path.Combine(target, method == "export" ? ExportFolder : WarehouseFile);
        var version = store.Scalar(SchemaVersion);
        var duckdb = store.Rows("SELECT version()", r => r.GetString(0)).Single();
        var stats = Commands.StatsCommand.ToDictionary(store.Counts());
        switch (method)
        {
            case "copy":
                var alias = "backup_" + Guid.NewGuid().ToString("N")[..12];
                var source = store.Rows("SELECT current_database()", r => r.GetString(0)).Single();
                store.Execute($"ATTACH {Literal(file)} AS {alias}");
                try
                {
                    store.Execute($"COPY FROM DATABASE \"{source}\" TO {alias}");
                }
                finally
                {
                    store.Execute($"DETACH {alias}");
                }
                break;
            case "checkpoint":
                store.Execute("CHECKPOINT");
                Copy(store.Path, file);
                break;
            default:
                store.Execute($"EXPORT DATABASE {Literal(file)} (FORMAT parquet)");
                break;
        }
        var (hash, bytes) = method == "export" ? ("", FolderSize(file)) : (Sha256(file), new FileInfo(file).Length);
        var manifest = new BackupManifest(
            method, Path.GetFileName(file), hash, bytes, DateTimeOffset.Now, store.Path, version, duckdb, stats, note);
        manifest.Write(target);
        return manifest;
    }

    /// <summary>The SHA-256 of a file, hex.</summary>
    public static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    /// <summary>A path as a SQL string literal: ATTACH and EXPORT take no parameters, so the path is quoted.</summary>
    internal static string Literal(string path) => "'" + path.Replace("'", "''", StringComparison.Ordinal) + "'";

    private static void Copy(string from, string to)
    {
        var start = new ProcessStartInfo("cp") { RedirectStandardError = true };
        foreach (var a in new[] { "--reflink=auto", from, to }) start.ArgumentList.Add(a);
        using var cp = Process.Start(start)!;
        var error = cp.StandardError.ReadToEnd();
        cp.WaitForExit();
        if (cp.ExitCode != 0) throw new IOException($"copying {from} to {to} failed: {error.Trim()}");
    }

    private static long FolderSize(string folder) =>
        new DirectoryInfo(folder).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);
}
