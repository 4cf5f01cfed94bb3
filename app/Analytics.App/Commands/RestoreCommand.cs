using System.CommandLine;
using Analytics.App.Backups;
using Analytics.Warehouse.Store;

namespace Analytics.App.Commands;

/// <summary>`analytics restore DIR [--warehouse NEW]`: a backup into a new warehouse file. It never
/// overwrites: a file that exists (let alone one a server owns, refused with exit 4) stays as it is. The
/// copy is checked against backup.json (checksum, then the counts after migrations bring it up to this
/// version), and the pseudonym key is put beside it when the backup carries one and none is there.</summary>
internal static class RestoreCommand
{
    public static Command Create(Option<string> warehouse, CliConsole console)
    {
        var from = new Argument<string>("DIR") { Description = "A folder written by `analytics backup`" };
        var command = new Command("restore", "Restore a backup into a new warehouse file (never over an existing one)") { from };
        command.SetAction(parse =>
        {
            var folder = Path.GetFullPath(parse.GetValue(from)!);
            var manifest = BackupManifest.Read(folder);
            var target = Path.GetFullPath(parse.GetValue(warehouse)!);
            if (File.Exists(target) || File.Exists(target + ".wal"))
                throw new IOException($"{target} exists: restore writes a new warehouse and never over one; " +
                    $"give --warehouse NEW.duckdb, or move {target} away first");
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            var temporary = target + ".restoring";
            File.Delete(temporary);
            try
            {
                Materialise(folder, manifest, temporary);
                using (var store = WarehouseStore.Open(temporary))
                {
                    var counts = StatsCommand.ToDictionary(store.Counts());
                    if (!counts.SequenceEqual(manifest.Stats))
                        throw new InvalidDataException(
                            $"{folder}: the restored counts ({StatsCommand.ToJson(store.Counts())}) differ from backup.json's; " +
                            "the backup is damaged");
                }
                File.Move(temporary, target);
            }
            finally
            {
                File.Delete(temporary);
                File.Delete(temporary + ".wal");
            }
            console.Out.WriteLine(
                $"restored {manifest.File} of {manifest.MadeAt:yyyy-MM-dd HH:mm} (schema {manifest.SchemaVersion}) into {target}");
            console.Out.WriteLine(KeyNote(folder, manifest, target));
            return 0;
        });
        return command;
    }

    private static void Materialise(string folder, BackupManifest manifest, string temporary)
    {
        var file = Path.Combine(folder, manifest.File);
        if (manifest.Method == "export")
        {
            using var store = WarehouseStore.Open(temporary);
            store.Execute($"IMPORT DATABASE {WarehouseBackup.Literal(file)}");
            return;
        }
        if (WarehouseBackup.Sha256(file) != manifest.Sha256)
            throw new InvalidDataException($"{file}: its SHA-256 is not the one backup.json records; the backup is damaged or was changed");
        File.Copy(file, temporary);
    }

    private static string KeyNote(string folder, BackupManifest manifest, string target)
    {
        var beside = PseudonymKeys.FileBeside(target);
        var carried = Path.Combine(folder, "pseudonym.key");
        if (Environment.GetEnvironmentVariable(PseudonymSecret.Variable) is { Length: > 0 } configured)
            return Matches(System.Text.Encoding.UTF8.GetBytes(configured), manifest, $"the key in {PseudonymSecret.Variable}");
        if (!File.Exists(beside) && File.Exists(carried))
        {
            PseudonymKeys.CopyPrivately(carried, beside);
            return $"pseudonym key: the backup's key file copied to {beside} (fingerprint {manifest.Key.Fingerprint})";
        }
        if (File.Exists(beside)) return Matches(Convert.FromBase64String(File.ReadAllText(beside).Trim()), manifest, beside);
        return $"pseudonym key: none beside {target} yet; " +
            $"before checking or loading more data put the key with fingerprint {manifest.Key.Fingerprint} " +
            $"(the backup's {manifest.Key.Source}) at {beside}, or set {PseudonymSecret.Variable}";
    }

    private static string Matches(byte[] key, BackupManifest manifest, string where) =>
        PseudonymKeys.Fingerprint(key) == manifest.Key.Fingerprint
            ? $"pseudonym key: {where} is the backup's (fingerprint {manifest.Key.Fingerprint})"
            : $"warning: {where} is not the backup's pseudonym key " +
              $"(fingerprint {PseudonymKeys.Fingerprint(key)}, the backup's {manifest.Key.Fingerprint}); " +
              "new data would get other pseudonyms: use the backup's key";
}
