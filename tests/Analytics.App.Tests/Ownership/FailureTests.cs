using System.Diagnostics;
using System.Text.RegularExpressions;
using Analytics.App.Ownership;
using Analytics.App.Tests.Serve;

namespace Analytics.App.Tests.Ownership;

/// <summary>Never a stack trace: an unexpected error prints one line with a reference whose detail is in
/// the log beside the warehouse (exit 1); a warehouse held by a program that is not our server, or owned
/// by a server that does not answer, is one sentence naming the file and the holder (exit 4); an owner
/// file whose process has gone is stale and removed.</summary>
public sealed partial class FailureTests
{
    [Fact]
    public void An_unexpected_error_prints_one_line_with_a_reference_and_logs_the_detail_under_it()
    {
        using var cli = new CliRunner();
        File.WriteAllText(cli.Warehouse, "not a DuckDB file, but something else entirely, long enough to be read as a header");
        var (exit, output, error) = cli.Run("stats");
        Assert.Equal((1, ""), (exit, output));
        var line = Reference().Match(error);
        Assert.True(line.Success, error);
        var log = Path.Combine(cli.Root, "logs", "analytics.log");
        Assert.Equal(log, line.Groups["log"].Value);
        var entry = Assert.Single(File.ReadAllLines(log), l => l.Contains(line.Groups["reference"].Value, StringComparison.Ordinal));
        Assert.Contains("\"Verb\":\"stats\"", entry, StringComparison.Ordinal);
        Assert.Contains("DuckDB.NET.Data.DuckDBException", entry, StringComparison.Ordinal);
        Assert.Contains("   at Analytics.Warehouse.Store.WarehouseStore.Open", entry, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_warehouse_held_by_a_process_that_is_not_our_server_is_named_with_its_holder_and_exits_4()
    {
        using var folder = new ServeFolder();
        await using var holder = ServeProcess.Start(folder.Root, folder.Warehouse);
        await holder.WaitFor(l => l.StartsWith("   commands ", StringComparison.Ordinal));
        File.Delete(OwnerFile.PathFor(folder.Warehouse));   // now it is just a process holding the file, as a DuckDB shell would
        var (exit, output, error) = CliRunner.RunOn(folder.Warehouse, "stats");
        Assert.Equal((4, ""), (exit, output));
        Assert.StartsWith($"error: the warehouse {folder.Warehouse} is held by ", error, StringComparison.Ordinal);
        Assert.EndsWith($" (PID {holder.Id}), which is not an analytics server; " +
            $"close that program (PID {holder.Id}) and run the command again, " +
            "or run `analytics serve` as the one owner that every command goes through.\n", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_owner_that_does_not_answer_is_named_and_exits_4()
    {
        using var cli = new CliRunner();
        var (pid, started) = OwnerFile.CurrentProcess();
        new OwnerFile(pid, started, "http://127.0.0.1:9/", "secret", cli.Warehouse, DateTimeOffset.Now).Write();
        var (exit, output, error) = cli.Run("stats");
        Assert.Equal((4, ""), (exit, output));
        Assert.StartsWith(
            $"error: the warehouse {cli.Warehouse} is owned by `analytics serve` (PID {pid}, since ", error, StringComparison.Ordinal);
        Assert.Contains("but its command endpoint http://127.0.0.1:9/ does not answer", error, StringComparison.Ordinal);
        Assert.EndsWith(
            $"wait until it has started, or stop it (kill {pid}) and run the command again.\n", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_owner_file_whose_process_has_gone_is_stale_and_the_verb_opens_the_file_itself()
    {
        using var cli = new CliRunner();
        using var gone = Process.Start("true")!;
        gone.WaitForExit();
        new OwnerFile(gone.Id, DateTime.UtcNow, "http://127.0.0.1:9/", "secret", cli.Warehouse, DateTimeOffset.Now).Write();
        Assert.Equal((0, "{\"units\":0,\"people\":0,\"positions\":0,\"ratings\":0,\"summaries\":0,\"residence\":0}\n"),
            (cli.Run("stats", "--json").Exit, cli.Run("stats", "--json").Out));
        Assert.False(File.Exists(OwnerFile.PathFor(cli.Warehouse)));
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void The_owner_file_is_readable_by_its_user_only()
    {
        using var cli = new CliRunner();
        var (pid, started) = OwnerFile.CurrentProcess();
        new OwnerFile(pid, started, "http://127.0.0.1:9/", "secret", cli.Warehouse, DateTimeOffset.Now).Write();
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(OwnerFile.PathFor(cli.Warehouse)));
    }

    [GeneratedRegex(@"^error: .+ \(reference (?<reference>[A-Z2-9]{6}); details in (?<log>/.+)\)\n$")]
    private static partial Regex Reference();
}
