using Analytics.Etl.Validation;
using Analytics.Warehouse.Store;

namespace Analytics.App.Tests;

/// <summary>The pseudonym key a CLI run uses must be the warehouse's own: a lost key file or another key
/// (ANALYTICS_PSEUDONYM_KEY set for serve but not for the CLI) is refused with one sentence before
/// anything changes, and the key file is created owner-only and whole, once, even when runs race.</summary>
public sealed class PseudonymSecretTests
{
    [Fact]
    public void A_run_whose_key_file_was_lost_is_refused_and_no_new_key_is_made()
    {
        using var cli = new CliRunner();
        var keyFile = LoadOneCommune(cli);
        File.Delete(keyFile);

        var (exit, _, error) = cli.Run("ingest", Samples("xa-hoa-binh"));
        Assert.Equal(1, exit);
        Assert.Equal($"error: {cli.Warehouse} was pseudonymised with a key this run does not have ({keyFile} is missing and " +
            "ANALYTICS_PSEUDONYM_KEY is not set): restore the key file from backup or set ANALYTICS_PSEUDONYM_KEY as `analytics serve` " +
            "has it; a new key would give every member a second key", error.Trim());
        Assert.False(File.Exists(keyFile));
        Assert.Equal(1, Batches(cli));
    }

    [Fact]
    public void A_run_with_another_key_than_the_warehouse_was_loaded_with_is_refused_before_it_changes_anything()
    {
        using var cli = new CliRunner();
        var keyFile = LoadOneCommune(cli);
        var recorded = new PseudonymKey(Convert.FromBase64String(File.ReadAllText(keyFile))).Fingerprint;
        var other = new byte[32];
        File.WriteAllText(keyFile, Convert.ToBase64String(other));

        foreach (var verb in new[] { new[] { "ingest", Samples("xa-hoa-binh") }, ["check", "--period", "2024"] })
        {
            var (exit, output, error) = cli.Run(verb);
            Assert.Equal(1, exit);
            Assert.Equal("", output);
            Assert.Equal($"error: {cli.Warehouse} was pseudonymised with the key of fingerprint {recorded[..12]}, " +
                $"not this run's key from {keyFile} (fingerprint {new PseudonymKey(other).Fingerprint[..12]}): run with the warehouse's " +
                $"own key — the same ANALYTICS_PSEUDONYM_KEY as `analytics serve`, or its key file {keyFile} restored from backup; " +
                "nothing was changed", error.Trim());
        }
        Assert.Equal(1, Batches(cli));
        using var store = WarehouseStore.Open(cli.Warehouse);
        Assert.Equal(0, store.Scalar("SELECT count(*) FROM check_run"));
    }

    [Fact]
    public async Task Runs_that_race_to_create_the_key_file_all_get_the_one_that_landed_owner_only()
    {
        using var folder = new TempFolder();
        var file = folder.Sub(PseudonymSecret.FileName);
        using var start = new Barrier(8);
        var keys = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() =>
        {
            start.SignalAndWait();
            return Convert.ToBase64String(PseudonymSecret.ReadOrCreate(file));
        })));
        Assert.Single(keys.Distinct());
        Assert.Equal(keys[0], File.ReadAllText(file));
        Assert.Equal([PseudonymSecret.FileName], Directory.EnumerateFileSystemEntries(folder.Path).Select(Path.GetFileName));
        if (!OperatingSystem.IsWindows()) Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
    }

    [Fact]
    public void A_damaged_key_file_is_named_with_what_to_do()
    {
        using var cli = new CliRunner();
        var keyFile = cli.Write(PseudonymSecret.FileName, "not a key");
        var (exit, _, error) = cli.Run("ingest", Samples("xa-tan-phu"));
        Assert.Equal(1, exit);
        Assert.Equal($"error: {keyFile} is not a pseudonym key file (base64 of at least 16 bytes): restore it from backup", error.Trim());
    }

    [Fact]
    public void The_warehouse_derives_person_keys_as_the_loader_does()
    {
        var secret = "a secret shared by both sides..."u8.ToArray();
        using var loader = new PersonKeys(secret);
        var key = new PseudonymKey(secret);
        foreach (var id in new[] { "DV000001", "HB000003", "Nguyễn-01", "" })
            Assert.Equal(loader.KeyOf(id), key.PersonKey(id));
    }

    /// <summary>Ingests one commune of the samples (which makes the key file); the key file's path.</summary>
    private static string LoadOneCommune(CliRunner cli)
    {
        Assert.Equal(0, cli.Run("ingest", Samples("xa-tan-phu")).Exit);
        return Path.Combine(cli.Root, PseudonymSecret.FileName);
    }

    private static string Samples(string commune) => Path.Combine(CliRunner.RepositoryRoot(), "samples", commune);

    private static long Batches(CliRunner cli)
    {
        using var store = WarehouseStore.Open(cli.Warehouse);
        return store.Scalar("SELECT count(*) FROM etl_batch");
    }
}
