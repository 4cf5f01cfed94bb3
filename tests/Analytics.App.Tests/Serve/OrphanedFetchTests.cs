using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Analytics.App.Tests.Serve;

/// <summary>Several job servers on PostgreSQL job storage: an extraction server (`serve --extract-only`, a
/// process of its own) killed with SIGKILL in the middle of a fetch leaves the fetch invisible for
/// Jobs:InvisibilityTimeout; then another server takes it again, and the submission loads once: nothing
/// lost, nothing twice.</summary>
[Collection(ServeCollection.Name)]
[Trait(Category.Name, Category.Integration)]
public sealed class OrphanedFetchTests
{
    private const string Units = """
        {"items":[{"unit_code":"CB01","unit_name":"Chi bộ 1","unit_kind":"party_cell"},
        {"unit_code":"CB02","unit_name":"Chi bộ 2","unit_kind":"party_cell"},
        {"unit_code":"CB03","unit_name":"Chi bộ 3","unit_kind":"party_cell"}],"next":null}
        """;

    [Fact]
    public async Task A_fetch_whose_server_was_killed_is_taken_again_by_another_server_and_loads_once()
    {
        using var folder = new ServeFolder();
        await using var schema = PostgresSchema.Create();
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var requests = 0;
        var firstRequest = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var api = await Api(async context =>
        {
            Interlocked.Increment(ref requests);
            firstRequest.TrySetResult();
            await gate.Task;   // the first fetch hangs here until its server is dead
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(Units);
        });

        var settings = schema.Settings(new Dictionary<string, string?>
        {
            ["Sources:0:Name"] = "api",
            ["Sources:0:Kind"] = "http",
            ["Sources:0:Url"] = api.Urls.First(),
            ["Sources:0:Queries:units"] = "units",
            ["Jobs:Workers"] = "0",                      // the main server leaves fetching to the others
            ["Jobs:InvisibilityTimeout"] = "00:00:05",
        });
        await using var main = await ServeRunner.Start(folder.Root, settings);
        var environment = settings.Where(s => s.Value is not null)
            .ToDictionary(s => "ANALYTICS__" + s.Key.Replace(":", "__", StringComparison.Ordinal), s => s.Value!);
        environment[PostgresJobStorageTests.Variable] = schema.Connection;
        await using var extractor = ServeProcess.Start(folder.Root, folder.Warehouse, environment, "--extract-only");
        await extractor.WaitFor(l => l.StartsWith("== serving extraction only", StringComparison.Ordinal));

        main.Trigger("ingest:api");
        await firstRequest.Task.WaitAsync(TimeSpan.FromSeconds(90));
        extractor.Process.Kill();                            // SIGKILL in the middle of the fetch
        await extractor.Process.WaitForExitAsync();
        gate.SetResult();
        await using var rescuer = await ServeRunner.Start(folder.Root, settings, extractOnly: true);

        await main.WaitForSucceeded(3);                      // start, fetch (on the second try), load
        Assert.Equal(2, requests);
        Assert.Equal((1L, 3L), (main.Read(s => s.Scalar("SELECT count(*) FROM etl_batch WHERE source = 'api'")),
            main.Read(s => s.Scalar("SELECT count(*) FROM unit_observation"))));
        var monitoring = main.Storage.GetMonitoringApi();
        var fetch = monitoring.SucceededJobs(0, 10).Single(j => j.Value.Job.Method.Name == "Fetch").Key;
        var servers = monitoring.JobDetails(fetch).History.Where(h => h.StateName == "Processing").Select(h => h.Data["ServerId"]).ToList();
        Assert.Equal(2, servers.Count);
        Assert.Equal(2, servers.Distinct().Count());
        Assert.Contains($":{extractor.Id}:", servers.Last(), StringComparison.Ordinal);   // history lists the newest first
        await rescuer.App.StopAsync();
        await main.App.StopAsync();
    }

    private static async Task<WebApplication> Api(RequestDelegate units)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.MapGet("/units", units);
        await app.StartAsync();
        return app;
    }
}
