using System.Text;
using System.Text.Json;
using Analytics.App.Tests.Serve;

namespace Analytics.App.Tests.Backups;

/// <summary>A backup made through the server while a pull is loading waits for the writer, so it holds
/// whole batches; restored into a fresh file its `stats --json` and findings are the live warehouse's.
/// A restore never writes over an existing or owned warehouse.</summary>
[Collection(ServeCollection.Name)]
public sealed class BackupRestoreTests
{
    [Fact]
    public async Task A_backup_during_a_pull_restores_to_the_same_stats_and_findings()
    {
        using var folder = new ServeFolder();
        ServeFolder.Copies("xa-hoa-binh", "HB", 4, folder.Drop);
        await using var serve = await ServeRunner.Start(folder.Root, folder.DropSource());
        var pulling = new Started("== drop");
        var pull = Task.Run(() =>
            Cli.Run(["pull", "--source", "drop", "--warehouse", folder.Warehouse], new CliConsole(pulling, TextWriter.Null)));
        await pulling.Seen.Task.WaitAsync(TimeSpan.FromSeconds(60));
        var backup = CliRunner.RunOn(folder.Warehouse, "backup", "--out", Path.Combine(folder.Root, "backup"));
        Assert.Equal(0, await pull);
        Assert.Equal(0, backup.Exit);
        Assert.StartsWith("waiting for the warehouse writer: `analytics pull` from the CLI holds it", backup.Err, StringComparison.Ordinal);

        var restored = Path.Combine(folder.Root, "restored", "warehouse.duckdb");
        var restore = CliRunner.RunOn(restored, "restore", Path.Combine(folder.Root, "backup"));
        Assert.Equal(0, restore.Exit);
        Assert.StartsWith($"pseudonym key: none beside {restored} yet; before checking or loading more data put the key with fingerprint ",
            restore.Out.Split('\n')[1], StringComparison.Ordinal);
        var live = CliRunner.RunOn(folder.Warehouse, "stats", "--json").Out;
        using (var alone = new CliRunner())
        {
            Assert.Equal(0, alone.Run("ingest", folder.Drop).Exit);
            Assert.Equal(alone.Run("stats", "--json").Out, live);   // the pull loaded the whole drop
        }
        Assert.Equal(live, CliRunner.RunOn(restored, "stats", "--json").Out);
        var findings = CliRunner.RunOn(folder.Warehouse, "check", "--period", "2024", "--format", "json").Out;
        Assert.Equal(4, JsonDocument.Parse(findings).RootElement.GetArrayLength());   // R03 in each commune
        // Finding ids are keyed with the pseudonym key: the restored warehouse checks once its key is beside it.
        File.Copy(PseudonymSecret.FileFor(folder.Warehouse), PseudonymSecret.FileFor(restored));
        Assert.Equal(findings, CliRunner.RunOn(restored, "check", "--period", "2024", "--format", "json").Out);

        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder.Root, "backup", "backup.json")));
        var root = manifest.RootElement;
        Assert.Equal(("copy", "warehouse.duckdb", 4 * 580L), (root.GetProperty("method").GetString(),
            root.GetProperty("file").GetString(), root.GetProperty("stats").GetProperty("ratings").GetInt64()));
    }

    [Fact]
    public async Task Restore_refuses_an_owned_warehouse_and_an_existing_file()
    {
        using var folder = new ServeFolder();
        await using (var serve = await ServeRunner.Start(folder.Root, folder.DropSource()))
        {
            Assert.Equal(0, CliRunner.RunOn(folder.Warehouse, "backup", "--out", Path.Combine(folder.Root, "backup")).Exit);
            var owned = CliRunner.RunOn(folder.Warehouse, "restore", Path.Combine(folder.Root, "backup"));
            Assert.Equal(4, owned.Exit);
            Assert.StartsWith(
                $"error: `analytics restore` needs the warehouse {folder.Warehouse} to itself", owned.Err, StringComparison.Ordinal);
        }
        var existing = CliRunner.RunOn(folder.Warehouse, "restore", Path.Combine(folder.Root, "backup"));
        Assert.Equal((1, $"error: {folder.Warehouse} exists: restore writes a new warehouse and never over one; " +
            $"give --warehouse NEW.duckdb, or move {folder.Warehouse} away first\n"), (existing.Exit, existing.Err));
    }

    /// <summary>Standard output that signals when a line starting with <paramref name="prefix"/> arrives.</summary>
    private sealed class Started(string prefix) : StringWriter
    {
        public TaskCompletionSource Seen { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(string? value)
        {
            base.Write(value);
            if (value?.StartsWith(prefix, StringComparison.Ordinal) == true) Seen.TrySetResult();
        }
    }
}
