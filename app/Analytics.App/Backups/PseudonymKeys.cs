using Analytics.Warehouse.Store;

namespace Analytics.App.Backups;

/// <summary>What a backup says about the pseudonym key (never the key): where it came from and its
/// fingerprint, the one the warehouse records (<see cref="PseudonymKey.Fingerprint"/>), which identifies the
/// key without revealing it. A restored warehouse needs the same key for new data to get the same pseudonyms.</summary>
internal static class PseudonymKeys
{
    /// <summary>The key file beside a warehouse (PseudonymSecret's).</summary>
    public static string FileBeside(string warehousePath) => PseudonymSecret.FileFor(warehousePath);

    public static string Fingerprint(byte[] key) => PseudonymKey.FingerprintOf(key);

    public static PseudonymKeyNote Note(WarehouseStore store, bool include, string folder)
    {
        var key = PseudonymSecret.Bind(store);   // the warehouse's own key, or a refusal naming the mismatch
        var warehousePath = store.Path;
        var fromEnvironment = Environment.GetEnvironmentVariable(PseudonymSecret.Variable) is { Length: > 0 };
        var source = fromEnvironment ? $"environment variable {PseudonymSecret.Variable}" : $"file {FileBeside(warehousePath)}";
        if (include && !fromEnvironment) CopyPrivately(FileBeside(warehousePath), Path.Combine(folder, "pseudonym.key"));
        if (include && fromEnvironment)
            throw new ArgumentException(
                $"--include-key: the key is in {PseudonymSecret.Variable}, not a file; keep it where your secrets live");
        return new PseudonymKeyNote(source, Fingerprint(key), include);
    }

    /// <summary>Copies a key file with mode 0600 from its first byte.</summary>
    public static void CopyPrivately(string from, string to)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using var target = new FileStream(to, options);
        using var source = File.OpenRead(from);
        source.CopyTo(target);
    }
}
