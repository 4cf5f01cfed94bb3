using Microsoft.AspNetCore.Http;

namespace Analytics.Dashboards.Web.Endpoints;

/// <summary>The embedded stylesheet (Web/Assets/site.css), cached by browsers for an hour.</summary>
internal static class Assets
{
    private static readonly Lazy<byte[]> Stylesheet = new(() =>
    {
        using var stream = typeof(Assets).Assembly.GetManifestResourceStream("Web/Assets/site.css")
            ?? throw new InvalidOperationException("Web/Assets/site.css is not embedded");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    });

    public static IResult Css(HttpContext context)
    {
        context.Response.Headers.CacheControl = "public, max-age=3600";
        return Results.Bytes(Stylesheet.Value, "text/css; charset=utf-8");
    }
}
