using Analytics.Etl.Loading;
using Analytics.Etl.Sources;
using Analytics.Etl.Tests.Helpers;
using Microsoft.AspNetCore.Http;

namespace Analytics.Etl.Tests.Sources;

/// <summary>The HTTP JSON source against a real Kestrel server: cursor paging, the API key from an
/// environment variable, the since watermark, retries of transient failures, timeouts and malformed pages.</summary>
public sealed class HttpSourceTests
{
    private const string UnitItems = """
        {"unit_code":"DU","unit_name":"Đảng bộ xã Tân Phú","unit_kind":"grassroots_party_org","updated":5},
        {"unit_code":"CB01","unit_name":"Chi bộ thôn 1","unit_kind":"party_cell","parent_code":"DU","updated":5}
        """;

    private static string Rating(int n, int updated) =>
        $$"""{"record_id":"R{{n}}","period":"2024","subject_kind":"person","subject_id":"DV"""
        + $$"""{{n:000}}","unit_code":"CB01","role":"party_member","channel":"final","level":"HTTNV","score":null,"comment":"Ý kiến, """
        + $$"""\"thứ {{n}}\"\nhai dòng","updated":{{updated}}}""";

    private static SourceSettings Source(JsonApi api, string variable, int retries = 3, int timeout = 30) => new()
    {
        Name = "cong-thong-tin",
        Kind = "http",
        Url = api.Url,
        ApiKeyHeader = "X-Api-Key",
        ApiKeyVariable = variable,
        Queries = new() { ["ratings"] = "ratings", ["units"] = "units" },
        WatermarkColumn = "updated",
        Retries = retries,
        TimeoutSeconds = timeout,
    };

    private static string Key()
    {
        var variable = "ANALYTICS_TEST_KEY_" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        Environment.SetEnvironmentVariable(variable, "khoa-bi-mat");
        return variable;
    }

    [Fact]
    public void Pages_follow_the_cursor_with_the_api_key_and_the_next_pull_asks_since_the_watermark()
    {
        var sinces = new List<string?>();
        using var api = new JsonApi(context =>
        {
            if (context.Request.Headers["X-Api-Key"] != "khoa-bi-mat") { context.Response.StatusCode = 401; return Task.CompletedTask; }
            var since = context.Request.Query["since"].FirstOrDefault();
            if (context.Request.Path.Value!.EndsWith("/units", StringComparison.Ordinal))
                return JsonApi.Page(context, since is null ? UnitItems : "", null);
            lock (sinces) sinces.Add(since);
            if (since is not null) return JsonApi.Page(context, Rating(4, 9), null);
            return context.Request.Query["cursor"].FirstOrDefault() switch
            {
                null => JsonApi.Page(context, Rating(1, 5) + "," + Rating(2, 6), "p2"),
                "p2" => JsonApi.Page(context, Rating(3, 7), "p3"),
                _ => JsonApi.Page(context, "", null),
            };
        });
        using var bench = new SourceBench();
        var source = Source(api, Key());

        var first = bench.Pull(source);
        var second = bench.Pull(source);

        Assert.Empty(first.Errors);
        Assert.Equal(IngestStatus.Loaded, Assert.Single(first.Submissions).Status);
        Assert.Equal("7", first.Watermark);
        Assert.Equal("9", second.Watermark);
        Assert.Equal([null, null, null, "7"], sinces);
        Assert.Equal(4, bench.Scalar("SELECT count(*) FROM rating"));
        Assert.Equal(["Ý kiến, \"thứ 3\"\nhai dòng"], bench.Strings("SELECT comment FROM rating WHERE record_id = 'R3'"));
        Assert.Equal(6, Directory.GetFiles(bench.Landing, "*.json", SearchOption.AllDirectories).Length);   // every page landed as received
        Assert.Equal(0, bench.Scalar("SELECT count(*) FROM rating WHERE extra IS NOT NULL"));
    }

    [Fact]
    public void A_source_that_fails_twice_then_answers_loads_exactly_once()
    {
        var failures = 0;
        using var api = new JsonApi(context =>
        {
            if (Interlocked.Increment(ref failures) <= 2)
            {
                context.Response.StatusCode = failures == 1 ? 503 : 429;
                context.Response.Headers.RetryAfter = "0";
                return Task.CompletedTask;
            }
            return context.Request.Path.Value!.EndsWith("/units", StringComparison.Ordinal)
                ? JsonApi.Page(context, UnitItems, null) : JsonApi.Page(context, Rating(1, 5), null);
        });
        using var bench = new SourceBench();

        var report = bench.Pull(Source(api, Key()));

        Assert.Empty(report.Errors);
        Assert.Equal(IngestStatus.Loaded, Assert.Single(report.Submissions).Status);
        Assert.Equal(4, api.Requests);
        Assert.Equal(1, bench.Scalar("SELECT count(*) FROM etl_batch"));
        Assert.Equal(1, bench.Scalar("SELECT count(*) FROM rating"));
    }

    [Fact]
    public void A_request_that_times_out_is_retried_and_one_that_keeps_timing_out_gives_up_with_the_reason()
    {
        var calls = 0;
        using var api = new JsonApi(async context =>
        {
            if (Interlocked.Increment(ref calls) == 1)
                await Task.Delay(TimeSpan.FromSeconds(10), context.RequestAborted).ContinueWith(_ => { });
            else if (context.Request.Path.Value!.EndsWith("/units", StringComparison.Ordinal)) await JsonApi.Page(context, UnitItems, null);
            else await JsonApi.Page(context, Rating(1, 5), null);
        });
        using var bench = new SourceBench();

        var report = bench.Pull(Source(api, Key(), retries: 1, timeout: 1));

        Assert.Equal(IngestStatus.Loaded, Assert.Single(report.Submissions).Status);
        Assert.Equal(3, api.Requests);

        using var silent = new JsonApi(context => Task.Delay(TimeSpan.FromSeconds(10), context.RequestAborted).ContinueWith(_ => { }));
        var failed = bench.Pull(Source(silent, Key(), retries: 0, timeout: 1));
        Assert.Empty(failed.Submissions);
        Assert.Equal(
            $"source 'cong-thong-tin': {silent.Url}units?since=5: no answer within 1 s (gave up after 1 attempts)",
            Assert.Single(failed.Errors));
    }

    [Fact]
    public void A_malformed_page_rejects_the_batch_with_the_page_and_the_reason_and_keeps_the_watermark()
    {
        using var api = new JsonApi(context => context.Request.Path.Value!.EndsWith("/units", StringComparison.Ordinal)
            ? JsonApi.Page(context, UnitItems, null)
            : context.Request.Query["cursor"].FirstOrDefault() is null
                ? JsonApi.Page(context, Rating(1, 5), "p2")
                : context.Response.WriteAsync("""{"items":[{"record_id":"R2",}]}"""));
        using var bench = new SourceBench();

        var report = bench.Pull(Source(api, Key()));

        var rejected = Assert.Single(report.Submissions);
        Assert.Equal(IngestStatus.Rejected, rejected.Status);
        Assert.StartsWith(
            $"source 'cong-thong-tin', ratings page 2 ({api.Url}ratings?cursor=p2): not valid JSON",
            Assert.Single(report.Errors), StringComparison.Ordinal);
        Assert.Equal(["rejected"], bench.Strings("SELECT status FROM etl_batch"));
        Assert.Equal(0, bench.Scalar("SELECT count(*) FROM rating"));
        Assert.Null(report.Watermark);
    }

    [Fact]
    public void A_refused_api_key_is_not_retried_and_says_where_the_key_comes_from()
    {
        using var api = new JsonApi(context => { context.Response.StatusCode = 401; return Task.CompletedTask; });
        using var bench = new SourceBench();
        var variable = Key();

        var report = bench.Pull(Source(api, variable));

        Assert.Equal(
            [$"source 'cong-thong-tin': {api.Url}units answered HTTP 401 Unauthorized (check the API key in {variable})"],
            report.Errors);
        Assert.Equal(1, api.Requests);
    }

    [Fact]
    public void Backoff_doubles_from_a_quarter_second_and_a_server_Retry_After_wins()
    {
        Assert.Equal([0.25, 0.5, 1, 2], Enumerable.Range(1, 4).Select(a => Backoff.Delay(a).TotalSeconds));
        Assert.Equal(30, Backoff.Delay(20).TotalSeconds);
        Assert.Equal(7, Backoff.Delay(1, TimeSpan.FromSeconds(7)).TotalSeconds);
        Assert.Equal(300, Backoff.Delay(1, TimeSpan.FromHours(1)).TotalSeconds);
    }
}
