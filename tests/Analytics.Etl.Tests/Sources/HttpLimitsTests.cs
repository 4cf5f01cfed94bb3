using Analytics.Etl.Loading;
using Analytics.Etl.Sources;
using Analytics.Etl.Tests.Helpers;
using Microsoft.AspNetCore.Http;

namespace Analytics.Etl.Tests.Sources;

/// <summary>An API that would never stop — a body beyond the size cap, a cursor that comes round again,
/// more pages than the cap — is refused with the reason instead of filling memory or looping.</summary>
public sealed class HttpLimitsTests
{
    private const string Unit = """{"unit_code":"DU","unit_name":"Đảng bộ xã Tân Phú","unit_kind":"grassroots_party_org"}""";

    private static SourceSettings Source(JsonApi api, int maxPages = 10_000, int maxMiB = 64) => new()
    {
        Name = "api",
        Kind = "http",
        Url = api.Url,
        Queries = new() { ["units"] = "units" },
        Retries = 0,
        MaxPages = maxPages,
        MaxResponseMiB = maxMiB,
    };

    [Fact]
    public void A_next_cursor_seen_before_is_a_loop_and_rejects_the_fetch()
    {
        using var api = new JsonApi(context => JsonApi.Page(context, Unit,
            context.Request.Query["cursor"].FirstOrDefault() switch { null => "a", "a" => "b", _ => "a" }));
        using var bench = new SourceBench();

        var report = bench.Pull(Source(api));

        var rejected = Assert.Single(report.Submissions);
        Assert.Equal(IngestStatus.Rejected, rejected.Status);
        Assert.Equal(
            "source 'api', units page 3: the next cursor 'a' was already followed after page 1; the API loops; the fetch is rejected",
            Assert.Single(report.Errors));
        Assert.Equal(3, api.Requests);
        Assert.Equal(0, bench.Scalar("SELECT count(*) FROM unit_observation"));
    }

    [Fact]
    public void More_pages_than_the_cap_reject_the_fetch()
    {
        var page = 0;
        using var api = new JsonApi(context => JsonApi.Page(context, Unit, $"p{Interlocked.Increment(ref page)}"));
        using var bench = new SourceBench();

        var report = bench.Pull(Source(api, maxPages: 5));

        Assert.Equal("source 'api', units: more than 5 pages (MaxPages); the API does not stop; the fetch is rejected",
            Assert.Single(report.Errors));
        Assert.Equal(5, api.Requests);
        Assert.Equal(IngestStatus.Rejected, Assert.Single(report.Submissions).Status);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_body_beyond_the_size_cap_is_refused_whether_or_not_its_length_is_declared(bool declared)
    {
        using var api = new JsonApi(async context =>
        {
            var filler = new string(' ', (1 << 20) + 10);
            var body = System.Text.Encoding.UTF8.GetBytes($"{{\"items\":[{Unit}],\"pad\":\"{filler}\",\"next\":null}}");
            context.Response.ContentType = "application/json";
            if (declared) context.Response.ContentLength = body.Length;
            await context.Response.Body.WriteAsync(body);
        });
        using var bench = new SourceBench();

        var report = bench.Pull(Source(api, maxMiB: 1));

        Assert.Equal($"source 'api', units page 1 ({api.Url}units): " +
            "the response is larger than 1 MiB (MaxResponseMiB); refused; the fetch is rejected",
            Assert.Single(report.Errors));
        Assert.Equal(1, api.Requests);   // not retried: a second try would be as large
    }
}
