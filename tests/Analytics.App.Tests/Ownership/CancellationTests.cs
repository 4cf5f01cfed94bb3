using System.Text;
using Analytics.App.Ownership;
using Analytics.App.Serve.Operability;
using Analytics.App.Tests.Serve;
using Microsoft.Extensions.DependencyInjection;

namespace Analytics.App.Tests.Ownership;

/// <summary>Ctrl-C on a client whose verb the server carries out: the client exits 130 at once, the server
/// stops the verb at its next output (and counts it as exit 130), every batch in the warehouse is whole, the writer is free again,
/// and running the verb again loads the rest to exactly what one uninterrupted run loads.</summary>
[Collection(ServeCollection.Name)]
public sealed class CancellationTests
{
    // Enough that the server, which runs ahead of the client's output, is still loading when the abort reaches it
    // (each submission commits on its own in a fraction of a second; twelve were all loaded before it on a quiet machine).
    private const int Submissions = 40;

    [Fact]
    public async Task Ctrl_C_on_the_client_leaves_only_whole_batches_and_a_second_run_completes_the_work()
    {
        using var folder = new ServeFolder();
        var delivery = Delivery(folder.Root);
        using var alone = new CliRunner();
        Assert.Equal(0, alone.Run("ingest", delivery).Exit);
        var expected = alone.Run("stats", "--json").Out;

        await using var serve = await ServeRunner.Start(folder.Root, folder.DropSource());
        using var cancel = new CancellationTokenSource();
        var output = new CancelOnBatch(cancel);
        var error = new StringWriter();
        var exit = await Task.Run(() => Cli.Run(["ingest", delivery, "--warehouse", folder.Warehouse],
            new CliConsole(output, error) { Cancellation = cancel.Token }));
        Assert.Equal(130, exit);
        Assert.StartsWith("cancelled:", error.ToString(), StringComparison.Ordinal);

        var writer = serve.App.Services.GetRequiredService<WarehouseWriter>();
        for (var i = 0; writer.Holder is not null && i < 300; i++) await Task.Delay(100);
        Assert.Null(writer.Holder);
        // The server counts (and logs) the verb as cancelled: exit 130, like the client.
        var cancelled = serve.App.Services.GetRequiredService<ServeMetrics>().CliVerbs.WithLabels("ingest", "130");
        for (var i = 0; cancelled.Value == 0 && i < 300; i++) await Task.Delay(100);
        Assert.Equal(1, cancelled.Value);
        var loaded = serve.Read(s => s.Scalar("SELECT count(*) FROM etl_batch WHERE status = 'loaded'"));
        Assert.InRange(loaded, 1, Submissions - 1);
        // Whole batches only: each loaded batch holds all 594 rating rows of its commune, a rolled-back one none.
        Assert.Equal(
            [594L], serve.Read(s => s.Rows("SELECT count(*) FROM rating GROUP BY batch_id", r => r.GetInt64(0)).Distinct().ToList()));
        Assert.Equal(loaded, serve.Read(s => s.Scalar("SELECT count(DISTINCT batch_id) FROM rating")));

        var again = CliRunner.RunOn(folder.Warehouse, "ingest", delivery);
        Assert.Equal(0, again.Exit);
        Assert.Equal(expected, CliRunner.RunOn(folder.Warehouse, "stats", "--json").Out);
        Assert.Equal(Submissions, serve.Read(s => s.Scalar("SELECT count(*) FROM etl_batch WHERE status = 'loaded'")));
    }

    /// <summary>Forty submissions: a sample commune forty times, each with its own unit codes and person ids,
    /// and each delivering the province's committee too: submissions that share a unit are committed one after
    /// the other, not together in one group, so the abort lands between commits.</summary>
    private static string Delivery(string root)
    {
        var delivery = Path.Combine(root, "delivery");
        ServeFolder.Copies("xa-tan-phu", "TP", Submissions, delivery);
        foreach (var units in Directory.EnumerateFiles(delivery, "units.csv", SearchOption.AllDirectories))
            File.AppendAllText(units, "TU,Tỉnh ủy,party_committee,,,TU,2020-01-01,,\n");
        return delivery;
    }

    /// <summary>Standard output that presses Ctrl-C when the first batch line arrives.</summary>
    private sealed class CancelOnBatch(CancellationTokenSource cancel) : StringWriter
    {
        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(string? value)
        {
            base.Write(value);
            if (value?.Contains(": batch ", StringComparison.Ordinal) == true) cancel.Cancel();
        }
    }
}
