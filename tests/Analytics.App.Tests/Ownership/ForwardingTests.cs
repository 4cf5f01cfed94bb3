using Analytics.App.Ownership;
using Analytics.App.Tests.Serve;
using Microsoft.Extensions.DependencyInjection;

namespace Analytics.App.Tests.Ownership;

/// <summary>While `analytics serve` owns a warehouse, the verbs that touch it are carried out by the server
/// (over its loopback endpoint, with the owner file's secret) and print and exit as they do without it;
/// writing verbs wait for the server's one writer; verbs that need the file alone are refused (exit 4).</summary>
[Collection(ServeCollection.Name)]
public sealed class ForwardingTests
{
    [Fact]
    public async Task Verbs_are_carried_out_by_the_owning_server_with_the_output_and_exit_codes_they_have_alone()
    {
        using var folder = new ServeFolder();
        using var alone = new CliRunner();
        var samples = Path.Combine(CliRunner.RepositoryRoot(), "samples");
        var direct = alone.Run("ingest", samples);
        string served;
        await using (var serve = await ServeRunner.Start(folder.Root, folder.DropSource()))
        {
            Assert.True(File.Exists(OwnerFile.PathFor(folder.Warehouse)));
            var ingest = CliRunner.RunOn(folder.Warehouse, "ingest", samples);
            Assert.Equal((0, Batches(direct.Out)), (ingest.Exit, Batches(ingest.Out)));
            Assert.Equal(1, serve.Read(s => s.Scalar("SELECT count(DISTINCT source) FROM etl_batch")));

            served = CliRunner.RunOn(folder.Warehouse, "stats", "--json").Out;
            Assert.Equal(alone.Run("stats", "--json").Out, served);
            Assert.Equal(alone.Run("check", "--period", "2024").Out, CliRunner.RunOn(folder.Warehouse, "check", "--period", "2024").Out);

            var usage = CliRunner.RunOn(folder.Warehouse, "check", "--period", "2024", "--rule", "R99");
            Assert.Equal((1, "error: unknown rule 'R99' (R01 … R11)\n"), (usage.Exit, usage.Err));
            File.WriteAllText(Path.Combine(folder.Root, "broken.zip"), "not a zip");
            Assert.Equal(2, CliRunner.RunOn(folder.Warehouse, "ingest", Path.Combine(folder.Root, "broken.zip")).Exit);

            var add = CliRunner.RunOn(folder.Warehouse, "users", "add", "lan", "--role", "analyst");
            Assert.Equal((0, "user lan: analyst"), (add.Exit, add.Out.Split('\n')[0]));
            Assert.Equal("lan\tanalyst\n", CliRunner.RunOn(folder.Warehouse, "users", "list").Out);
        }
        Assert.False(File.Exists(OwnerFile.PathFor(folder.Warehouse)));
        Assert.Equal(served, CliRunner.RunOn(folder.Warehouse, "stats", "--json").Out);   // the file itself, now the server has gone
    }

    [Theory]
    [InlineData("serve")]
    [InlineData("demo", "--no-serve")]
    public async Task A_verb_that_needs_the_warehouse_alone_is_refused_while_a_server_owns_it(params string[] verb)
    {
        using var folder = new ServeFolder();
        await using var serve = await ServeRunner.Start(folder.Root, folder.DropSource());
        var (exit, output, error) = CliRunner.RunOn(folder.Warehouse, verb);
        Assert.Equal((4, ""), (exit, output));
        Assert.StartsWith(
            $"error: `analytics {verb[0]}` needs the warehouse {folder.Warehouse} to itself, " +
            $"but `analytics serve` (PID {Environment.ProcessId}",
            error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_writing_verb_waits_for_the_writer_a_job_holds_and_says_so()
    {
        using var folder = new ServeFolder();
        await using var serve = await ServeRunner.Start(folder.Root, folder.DropSource());
        var writer = serve.App.Services.GetRequiredService<WarehouseWriter>();
        Task<(int Exit, string Out, string Err)> add;
        using (writer.Enter("job 7 (IngestJob.Load)", CancellationToken.None))
        {
            add = Task.Run(() => CliRunner.RunOn(folder.Warehouse, "users", "add", "lan", "--role", "analyst"));
            await Task.Delay(1500);
            Assert.False(add.IsCompleted);
            Assert.Equal(0, serve.Read(s => s.Scalar("SELECT count(*) FROM web_user")));
        }
        var (exit, _, error) = await add;
        Assert.Equal((0, "waiting for the warehouse writer: job 7 (IngestJob.Load) holds it\n"), (exit, error));
        Assert.Equal(1, serve.Read(s => s.Scalar("SELECT count(*) FROM web_user")));
    }

    /// <summary>The ingest lines without their timings.</summary>
    private static string Batches(string output) =>
        System.Text.RegularExpressions.Regex.Replace(output, @" in \d+\.\d\d s", " in … s");
}
