using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Analytics.App.Tests.Serve;

namespace Analytics.App.Tests.Operability;

/// <summary>/healthz answers anyone with the warehouse's and the job storage's state as JSON (no personal
/// data); /metrics speaks Prometheus to an administrator or a scraper with the configured token, counting
/// batches and rows per source, verbs carried out for the CLI, and requests by endpoint.</summary>
[Collection(ServeCollection.Name)]
public sealed class HealthAndMetricsTests
{
    [Fact]
    public async Task Healthz_reports_the_warehouse_the_job_storage_and_the_last_batch_without_login()
    {
        using var folder = new ServeFolder();
        await using var serve = await ServeRunner.Start(folder.Root, folder.DropSource());
        Assert.Equal(0, CliRunner.RunOn(folder.Warehouse, "ingest", Path.Combine(CliRunner.RepositoryRoot(), "samples")).Exit);
        using var http = ServeDashboardTests.Client(serve);
        var response = await http.GetAsync(new Uri("/healthz", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(body);
        var checks = json.RootElement.GetProperty("checks");
        Assert.Equal(("Healthy", "Healthy", "open and writable by this server", 2L, 2),
            (json.RootElement.GetProperty("status").GetString(), checks.GetProperty("jobs").GetProperty("status").GetString(),
             checks.GetProperty("warehouse").GetProperty("description").GetString(),
             checks.GetProperty("warehouse").GetProperty("data").GetProperty("last_batch").GetInt64(),
             checks.GetProperty("jobs").GetProperty("data").GetProperty("servers").GetInt32()));
        Assert.InRange(checks.GetProperty("warehouse").GetProperty("data").GetProperty("last_batch_age_seconds").GetInt64(), 0, 120);
        Assert.DoesNotContain("TP0000", body, StringComparison.Ordinal);   // no person id, no name
    }

    [Fact]
    public async Task Healthz_is_degraded_when_no_batch_has_loaded_for_longer_than_the_setting()
    {
        using var folder = new ServeFolder();
        var settings = folder.DropSource();
        settings["Serve:StaleBatchAfter"] = "30.00:00:00";
        var later = DateTimeOffset.UtcNow.AddDays(45);
        await using (var first = await ServeRunner.Start(folder.Root, settings))
        {
            var sample = Path.Combine(CliRunner.RepositoryRoot(), "samples", "xa-tan-phu");
            Assert.Equal(0, CliRunner.RunOn(folder.Warehouse, "ingest", sample).Exit);
        }
        await using var serve = await ServeRunner.Start(folder.Root, settings, new FixedClock(later));
        using var http = ServeDashboardTests.Client(serve);
        var response = await http.GetAsync(new Uri("/healthz", UriKind.Relative));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal((HttpStatusCode.OK, "Degraded", "no batch loaded for more than 30.00:00:00 (Serve:StaleBatchAfter)"),
            (response.StatusCode, json.RootElement.GetProperty("status").GetString(),
             json.RootElement.GetProperty("checks").GetProperty("warehouse").GetProperty("description").GetString()));
    }

    [Fact]
    public async Task Metrics_are_for_administrators_and_the_token_holder_and_count_batches_verbs_and_requests()
    {
        using var folder = new ServeFolder();
        var variable = "ANALYTICS_TEST_METRICS_TOKEN_" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        Environment.SetEnvironmentVariable(variable, "scrape-secret");
        var settings = ServeFolder.WithUsers(folder.DropSource());
        settings["Serve:MetricsTokenVariable"] = variable;
        await using var serve = await ServeRunner.Start(folder.Root, settings);
        Assert.Equal(0, CliRunner.RunOn(folder.Warehouse, "ingest", Path.Combine(CliRunner.RepositoryRoot(), "samples")).Exit);
        var metrics = new Uri("/metrics", UriKind.Relative);

        using var anonymous = ServeDashboardTests.Client(serve);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(new Uri("/healthz", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(metrics)).StatusCode);
        anonymous.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "guess");
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(metrics)).StatusCode);
        using var analyst = await ServeDashboardTests.Login(serve, "lan", "mat-khau-phan-tich");
        Assert.Equal(HttpStatusCode.Forbidden, (await analyst.GetAsync(metrics)).StatusCode);
        using var admin = await ServeDashboardTests.Login(serve, "chi", "mat-khau-quan-tri");
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(metrics)).StatusCode);

        using var scraper = ServeDashboardTests.Client(serve);
        scraper.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "scrape-secret");
        var text = await scraper.GetStringAsync(metrics);
        var lines = text.Split('\n');
        Assert.Contains("analytics_batches_total{source=\"file-drop\",status=\"loaded\"} 2", lines);
        Assert.Contains("analytics_rows_loaded_total{source=\"file-drop\"} 2006", lines);
        Assert.Contains("analytics_rows_quarantined_total{source=\"file-drop\"} 2", lines);
        Assert.Contains("analytics_cli_verbs_total{verb=\"ingest\",exit=\"0\"} 1", lines);
        Assert.Contains(lines, l => l.StartsWith("http_request_duration_seconds_count{", StringComparison.Ordinal)
            && l.Contains("endpoint=\"/healthz\"", StringComparison.Ordinal) && l.Contains("code=\"2xx\"", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("endpoint=\"/units/", StringComparison.Ordinal));   // route patterns, never raw paths
    }
}
