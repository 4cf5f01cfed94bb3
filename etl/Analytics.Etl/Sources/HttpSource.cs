using System.Net;
using Analytics.Etl.Decoding;

namespace Analytics.Etl.Sources;

/// <summary>A JSON API (kind "http"): per record kind, GET Url + path (+ since=&lt;watermark&gt;, and
/// cursor=&lt;next&gt; for the following pages) returning <c>{"items":[…],"next":…}</c>. Every page is
/// landed as received; the items are then rendered as the kind's interchange CSV. A page that is not
/// that shape rejects the whole fetch with the page and the reason, and so does a server that would
/// never stop: a body beyond <see cref="SourceSettings.MaxResponseMiB"/>, more pages than
/// <see cref="SourceSettings.MaxPages"/>, a next cursor already followed (a loop). Transient failures
/// (timeouts, 5xx, 429) are retried with backoff, honouring Retry-After.</summary>
internal sealed class HttpSource(SourceSettings source, HttpMessageHandler? handler) : IExtractingConnector
{
    public string Connector => "http";

    public Extraction Extract(string? since, LandingFolder landing, CancellationToken cancellationToken)
    {
        try { since = since is null ? null : WatermarkWindow.Lower(since, source.WatermarkOverlap); }
        catch (ArgumentException e) { return Extraction.Failed($"source '{source.Name}': {e.Message}"); }
        string? apiKey = null;
        if (source.ApiKeyVariable is { Length: > 0 } variable)
        {
            apiKey = Environment.GetEnvironmentVariable(variable);
            if (string.IsNullOrEmpty(apiKey))
                return Extraction.Failed($"source '{source.Name}': environment variable {variable} (its API key) is not set");
        }
        using var client = handler is null ? new HttpClient() : new HttpClient(handler, disposeHandler: false);
        client.Timeout = Timeout.InfiniteTimeSpan;   // per request, below
        var pagesFolder = Path.Combine(landing.Path, "pages");
        Directory.CreateDirectory(pagesFolder);
        string? watermark = null;
        foreach (var kind in landing.Kinds)
        {
            var path = source.Queries.First(q => RecordKindNames.FileName(RecordKindNames.FromName(q.Key)!.Value) == kind).Value;
            using var pages = new JsonPages(RecordKindNames.FromName(kind)!.Value, source.WatermarkColumn, () => landing.Begin(kind));
            string? cursor = null;
            var number = 0;
            var followed = new Dictionary<string, int>(StringComparer.Ordinal);
            do
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (number == source.MaxPages)
                    return Refused($"{kind}: more than {source.MaxPages:N0} pages (MaxPages); the API does not stop");
                if (cursor is not null && !followed.TryAdd(cursor, number))
                    return Refused($"{kind} page {number}: the next cursor '{Clip(cursor)}' was already followed " +
                        $"after page {followed[cursor]}; the API loops");
                var url = PageUrl(path, since, cursor);
                byte[] body;
                try
                {
                    body = Get(client, url, apiKey, cancellationToken);
                }
                catch (HttpSourceException e)
                {
                    return e.Refuses ? Refused($"{kind} page {number + 1} ({url}): {e.Message}") : Extraction.Failed(e.Message);
                }
                File.WriteAllBytes(Path.Combine(pagesFolder, $"{kind}-{++number:0000}.json"), body);   // landed as received
                if (pages.Add(body, out cursor) is { } malformed)
                    return new Extraction(
                        null, [$"source '{source.Name}', {kind} page {number} ({url}): {malformed}; the fetch is rejected"], Rejects: true);
                if (pages.Rows > 0) landing.HasRows();
            }
            while (cursor is not null);
            pages.Complete();
            landing.End(kind, pages.Rows);
            watermark = WatermarkOrder.Max(watermark, pages.Watermark);
        }
        return new Extraction(watermark, []);
    }

    private Extraction Refused(string what) => new(null, [$"source '{source.Name}', {what}; the fetch is rejected"], Rejects: true);

    private static string Clip(string text) => text.Length <= 40 ? text : text[..40] + "…";

    private Uri PageUrl(string path, string? since, string? cursor)
    {
        var baseUrl = new Uri(source.Url!.EndsWith('/') ? source.Url : source.Url + "/");
        if (cursor is not null
            && (cursor.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
                || cursor.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
                || cursor.StartsWith('/')))
            return new Uri(baseUrl, cursor);   // a server that hands out the next page's address
        var url = new Uri(baseUrl, path.TrimStart('/'));
        var query = new List<string>();
        if (since is not null && source.WatermarkColumn is not null) query.Add("since=" + Uri.EscapeDataString(since));
        if (cursor is not null) query.Add("cursor=" + Uri.EscapeDataString(cursor));
        if (query.Count == 0) return url;
        var builder = new UriBuilder(url);
        builder.Query = string.Join('&', (builder.Query.Length > 1 ? [builder.Query[1..]] : Array.Empty<string>()).Concat(query));
        return builder.Uri;
    }

    /// <summary>The body, read up to <see cref="SourceSettings.MaxResponseMiB"/>: a declared length beyond
    /// it is refused before reading, an undeclared one as soon as it passes it.</summary>
    private byte[] Body(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var limit = (long)source.MaxResponseMiB << 20;
        var tooLarge = $"the response is larger than {source.MaxResponseMiB} MiB (MaxResponseMiB); refused";
        if (response.Content.Headers.ContentLength > limit) throw new HttpSourceException(tooLarge, refuses: true);
        using var body = response.Content.ReadAsStream(cancellationToken);
        using var copy = new MemoryStream();
        var buffer = new byte[1 << 16];
        int n;
        while ((n = body.Read(buffer)) > 0)
        {
            if (copy.Length + n > limit) throw new HttpSourceException(tooLarge, refuses: true);
            copy.Write(buffer, 0, n);
        }
        return copy.ToArray();
    }

    /// <summary>One GET with the timeout and the retries; throws <see cref="HttpSourceException"/> with a
    /// message naming the source and the URL when it gives up.</summary>
    private byte[] Get(HttpClient client, Uri url, string? apiKey, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            TimeSpan? retryAfter = null;
            string failure;
            using (var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
            {
                timeout.CancelAfter(TimeSpan.FromSeconds(source.TimeoutSeconds));
                try
                {
                    using var request = new HttpRequestMessage(HttpMethod.Get, url);
                    request.Headers.Accept.ParseAdd("application/json");
                    if (apiKey is not null) request.Headers.TryAddWithoutValidation(source.ApiKeyHeader!, apiKey);
                    using var response = client.Send(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
                    if (response.IsSuccessStatusCode) return Body(response, timeout.Token);
                    var code = (int)response.StatusCode;
                    failure = $"HTTP {code} {response.ReasonPhrase}";
                    if (code != 429 && code < 500)
                        throw new HttpSourceException($"source '{source.Name}': {url} answered {failure}" +
                            (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden
                                ? $" (check the API key in {source.ApiKeyVariable ?? "ApiKeyVariable"})"
                                : ""));
                    retryAfter = response.Headers.RetryAfter switch
                    {
                        { Delta: { } delta } => delta,
                        { Date: { } date } => date - DateTimeOffset.UtcNow,
                        _ => null,
                    };
                }
                catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                    failure = $"no answer within {source.TimeoutSeconds} s";
                }
                catch (HttpRequestException e)
                {
                    failure = e.Message;
                }
                catch (IOException e)
                {
                    failure = e.Message;
                }
            }
            if (attempt >= source.Retries)
                throw new HttpSourceException($"source '{source.Name}': {url}: {failure} (gave up after {attempt + 1} attempts)");
            Backoff.Wait(Backoff.Delay(attempt + 1, retryAfter), cancellationToken);
        }
    }
}

/// <summary>A source that could not be read; the message names the source and what failed.
/// <see cref="Refuses"/>: what it sent is refused (too large), so retrying cannot help.</summary>
internal sealed class HttpSourceException(string message, bool refuses = false) : Exception(message)
{
    public bool Refuses { get; } = refuses;
}
