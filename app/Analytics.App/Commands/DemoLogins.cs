using System.Security.Cryptography;
using Analytics.Dashboards.Web;
using Analytics.Warehouse.Store;

namespace Analytics.App.Commands;

/// <summary>The demo's dashboard logins: an administrator with personal-data rights, and an area
/// analyst scoped to the area with the most findings. Fresh random passwords on every run (the table
/// keeps only hashes), printed once.</summary>
internal static class DemoLogins
{
    public static void Reset(WarehouseStore store, TextWriter output)
    {
        var admin = Password();
        DashboardUsers.Add(store, "demo", DashboardRoles.Admin, [], personalData: true, admin);
        output.WriteLine($"   login      demo / {admin}  (administrator: every area, names, /jobs)");
        var area = store.Rows("""
            SELECT u.area_code FROM finding f JOIN unit_current u USING (unit_code)
            WHERE f.holds AND u.area_code IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1
            """, r => r.GetString(0)).FirstOrDefault();
        if (area is null) return;
        var analyst = Password();
        DashboardUsers.Add(store, "khuvuc", DashboardRoles.Area, [area], personalData: false, analyst);
        output.WriteLine($"   login      khuvuc / {analyst}  (area analyst: area {area} only, pseudonyms)");
    }

    private static string Password() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
}
