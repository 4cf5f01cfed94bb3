using Analytics.Warehouse.Store;

namespace Analytics.Web.Tests.Helpers;

/// <summary>What the warehouse behind a server holds, asked directly (a connection of the test's own on
/// the same database instance), to compare pages against.</summary>
internal static class Facts
{
    public static T One<T>(DashboardServer server, string sql, Func<System.Data.Common.DbDataReader, T> map, params object?[] parameters)
    {
        using var store = WarehouseStore.Open(server.Warehouse);
        return store.Rows(sql, map, parameters).First();
    }

    public static List<T> All<T>(
        DashboardServer server, string sql, Func<System.Data.Common.DbDataReader, T> map, params object?[] parameters)
    {
        using var store = WarehouseStore.Open(server.Warehouse);
        return store.Rows(sql, map, parameters).ToList();
    }

    /// <summary>A finding (id, message, unit code, unit name) of the area.</summary>
    public static (string Id, string Message, string Unit, string Name) FindingIn(DashboardServer server, string area) =>
        One(server, """
            SELECT f.finding_id, f.message, f.unit_code, u.unit_name FROM finding f JOIN unit_current u USING (unit_code)
            WHERE u.area_code = $1 ORDER BY f.finding_id LIMIT 1
            """, r => (r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3)), area);

    public static string Status(DashboardServer server, string findingId) =>
        One(server, "SELECT status FROM finding WHERE finding_id = $1", r => r.GetString(0), findingId);

    public static long Events(DashboardServer server, string findingId) =>
        One(server, "SELECT count(*) FROM finding_event WHERE finding_id = $1", r => r.GetInt64(0), findingId);
}
