using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Analytics.Etl.Tests.Helpers;

/// <summary>A real HTTP server (Kestrel on 127.0.0.1, a free port) answering every request with the
/// given handler; counts requests. Stopped on dispose.</summary>
internal sealed class JsonApi : IDisposable
{
    private readonly WebApplication _app;
    private int _requests;

    public JsonApi(Func<HttpContext, Task> handler)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _app = builder.Build();
        _app.Run(context =>
        {
            Interlocked.Increment(ref _requests);
            return handler(context);
        });
        _app.StartAsync().GetAwaiter().GetResult();
        Url = _app.Urls.First() + "/api/";
    }

    /// <summary>Base URL, ending in /api/.</summary>
    public string Url { get; }

    public int Requests => Volatile.Read(ref _requests);

    /// <summary>Writes a page <c>{"items":[…],"next":…}</c>.</summary>
    public static Task Page(HttpContext context, string itemsJson, string? next)
    {
        context.Response.ContentType = "application/json";
        var nextJson = next is null ? "null" : System.Text.Json.JsonSerializer.Serialize(next);
        return context.Response.WriteAsync($"{{\"items\":[{itemsJson}],\"next\":{nextJson}}}");
    }

    public void Dispose()
    {
        _app.StopAsync().GetAwaiter().GetResult();
        ((IDisposable)_app).Dispose();
    }
}
