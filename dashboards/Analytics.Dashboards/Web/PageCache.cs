using Microsoft.Extensions.Caching.Memory;

namespace Analytics.Dashboards.Web;

/// <summary>Results keyed by the warehouse version they were computed from (and the viewer's scope):
/// a new batch, check run, review or formalism run changes the key, so nothing stale is served. Query
/// results are bounded by count; drawn charts, whose size varies with the data, by bytes
/// (<see cref="DashboardOptions.ChartCacheBytes"/>), so no run of chart requests can grow the memory.</summary>
internal sealed class PageCache(DashboardOptions options) : IDisposable
{
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = 2000 });
    private readonly MemoryCache _charts = new(new MemoryCacheOptions { SizeLimit = options.ChartCacheBytes, TrackStatistics = true });

    public T Get<T>(string key, Func<T> compute) where T : class
    {
        if (_cache.TryGetValue(key, out T? hit) && hit is not null) return hit;
        var value = compute();
        _cache.Set(key, value, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromMinutes(30) });
        return value;
    }

    /// <summary>A drawn chart (SVG text), counted by its bytes in memory; one larger than the whole budget is drawn but not kept.</summary>
    public string Chart(string key, Func<string> draw)
    {
        if (_charts.TryGetValue(key, out string? hit) && hit is not null) return hit;
        var svg = draw();
        _charts.Set(key, svg, new MemoryCacheEntryOptions { Size = 2L * svg.Length, SlidingExpiration = TimeSpan.FromMinutes(30) });
        return svg;
    }

    /// <summary>The charts kept and their bytes (the bound's evidence).</summary>
    public (long Count, long Bytes) ChartStatistics =>
        _charts.GetCurrentStatistics() is { } s ? (s.CurrentEntryCount, s.CurrentEstimatedSize ?? 0) : (0, 0);

    public void Dispose()
    {
        _cache.Dispose();
        _charts.Dispose();
    }
}
