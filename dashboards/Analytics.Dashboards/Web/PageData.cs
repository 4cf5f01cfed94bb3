using Analytics.Dashboards.Web.Auth;
using Analytics.Dashboards.Web.Data;
using Analytics.Warehouse.Store;
using Microsoft.AspNetCore.Http;

namespace Analytics.Dashboards.Web;

/// <summary>One request's view of the warehouse, injected into pages and endpoints (scoped): who asks, a
/// connection of the request's own, the data version and the read model for it. The request's service
/// scope disposes it, which gives the connection back to the pool.</summary>
internal sealed class PageData : IDisposable
{
    private readonly WarehousePool.Lease _lease;
    private Subjects? _subjects;

    public PageData(IHttpContextAccessor http, WarehousePool pool, ReadModel model, PageCache cache, DashboardOptions options)
    {
        Viewer = Viewer.From(http.HttpContext?.User ?? throw new InvalidOperationException("page data is read within a request"));
        Options = options;
        Cache = cache;
        _lease = pool.Rent();
        try
        {
            Version = model.CurrentVersion(Store);
            Tables = model.Tables(Store, Version);
        }
        catch
        {
            _lease.Dispose();
            throw;
        }
    }

    public Viewer Viewer { get; }
    public DashboardOptions Options { get; }
    public PageCache Cache { get; }
    public WarehouseStore Store => _lease.Store;
    public DataVersion Version { get; }
    public ReadTables Tables { get; }

    /// <summary>How the persons findings name are shown to this viewer.</summary>
    public Subjects Subjects => _subjects ??= Subjects.For(this);

    /// <summary>A cache key for something that depends on the whole data version and the viewer's scope.</summary>
    public string Key(string what) =>
        $"{what}|{Version}|{(Viewer.Scope is null ? "*" : string.Join(',', Viewer.Scope))}|{Viewer.PersonalData}";

    public void Dispose() => _lease.Dispose();
}
