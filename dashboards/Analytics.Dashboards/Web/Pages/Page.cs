using Analytics.Dashboards.Web.Auth;
using Analytics.Dashboards.Web.Data;
using Analytics.Warehouse.Store;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Analytics.Dashboards.Web.Pages;

/// <summary>One request's view of the warehouse: who asks, a connection of its own, the data version
/// and the read model for it. Dispose to give the connection back.</summary>
internal sealed class Page : IDisposable
{
    private readonly WarehousePool.Lease _lease;

    private Page(HttpContext http)
    {
        Http = http;
        Viewer = Viewer.From(http.User);
        Options = http.RequestServices.GetRequiredService<DashboardOptions>();
        Cache = http.RequestServices.GetRequiredService<PageCache>();
        _lease = http.RequestServices.GetRequiredService<WarehousePool>().Rent();
        try
        {
            var model = http.RequestServices.GetRequiredService<ReadModel>();
            Version = model.CurrentVersion(Store);
            Tables = model.Tables(Store, Version);
        }
        catch
        {
            _lease.Dispose();
            throw;
        }
    }

    public HttpContext Http { get; }
    public Viewer Viewer { get; }
    public DashboardOptions Options { get; }
    public PageCache Cache { get; }
    public WarehouseStore Store => _lease.Store;
    public DataVersion Version { get; }
    public ReadTables Tables { get; }

    /// <summary>A cache key for something that depends on the whole data version and the viewer's scope.</summary>
    public string Key(string what) =>
        $"{what}|{Version}|{(Viewer.Scope is null ? "*" : string.Join(',', Viewer.Scope))}|{Viewer.PersonalData}";

    public static Page Open(HttpContext http) => new(http);

    public string? Query(string name) =>
        Http.Request.Query.TryGetValue(name, out var v) && v.ToString() is { Length: > 0 } s ? s.Trim() : null;

    public int? QueryInt(string name) => int.TryParse(Query(name), out var n) ? n : null;

    public void Dispose() => _lease.Dispose();

    /// <summary>The antiforgery hidden field for a form (sets the cookie half on the response).</summary>
    public static (string Name, string Value) Antiforgery(HttpContext http)
    {
        var tokens = http.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(http);
        return (tokens.FormFieldName, tokens.RequestToken!);
    }
}
