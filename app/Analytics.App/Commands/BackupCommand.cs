using System.CommandLine;
using System.Diagnostics;
using Analytics.App.Backups;
using Analytics.Warehouse.Store;

namespace Analytics.App.Commands;

/// <summary>`analytics backup --out DIR [--include-key]`: a consistent copy of the warehouse into a new
/// folder, with backup.json (what it is, its checksum, the counts, the pseudonym key's fingerprint and
/// where the key lives). While `serve` owns the warehouse the server makes it, as the writer: no load or
/// check is half-way through it, and the dashboard keeps answering.</summary>
internal static class BackupCommand
{
    public static Command Create(Option<string> warehouse, CliConsole console)
    {
        var output = new Option<string>("--out")
        {
            Description = "A new (or empty) folder for the backup",
            Required = true,
            HelpName = "DIR",
        };
        var includeKey = new Option<bool>("--include-key")
        {
            Description = "Also copy the pseudonym key file (0600) into the backup: keep it as secret as the key",
        };
        var method = new Option<string>("--method")
        {
            Description = "copy (default), checkpoint or export",
            DefaultValueFactory = _ => "copy",
            Hidden = true,
        };
        method.AcceptOnlyFromAmong([.. WarehouseBackup.Methods]);
        var command = new Command("backup", "Copy the warehouse consistently into a new folder (also while serve runs)")
        {
            output, includeKey, method,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(warehouse)!;
            var clock = Stopwatch.StartNew();
            using var store = WarehouseStore.Open(path);
            var manifest = WarehouseBackup.Make(store, parse.GetValue(output)!, parse.GetValue(method)!,
                folder => PseudonymKeys.Note(store, parse.GetValue(includeKey), folder));
            var folder = Path.GetFullPath(parse.GetValue(output)!);
            console.Out.WriteLine($"backup of {store.Path}: {manifest.File} ({manifest.Bytes / 1048576.0:0.0} MiB, " +
                $"schema {manifest.SchemaVersion}) in {clock.Elapsed.TotalSeconds:0.00} s → {folder}");
            console.Out.WriteLine($"pseudonym key: fingerprint {manifest.Key.Fingerprint}, from the {manifest.Key.Source}; " +
                (manifest.Key.Included
                ? "copied into the backup (pseudonym.key): keep the backup as secret as the key."
                : "not in the backup: keep that key safe, a restored warehouse needs it to check findings and load new data."));
            return 0;
        });
        return command;
    }
}
