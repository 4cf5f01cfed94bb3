using Microsoft.Extensions.Caching.Memory;

namespace Analytics.Dashboards.Web;

/// <summary>Results keyed by the warehouse version they were computed from (and the viewer's scope):
/// a new batch, check run, review or formalism run changes the key, so nothing stale is served.</summary>
internal sealed class PageCache : IDisposable
{
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = 2000 });

    public T Get<T>(string key, Func<T> compute) where T : class
    {
        if (_cache.TryGetValue(key, out T? hit) && hit is not null) return hit;
        var value = compute();
        _cache.Set(key, value, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromMinutes(30) });
        return value;
    }

    public void Dispose() => _cache.Dispose();
}
