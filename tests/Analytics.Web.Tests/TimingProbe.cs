using System.Diagnostics;
using Xunit.Abstractions;
using Analytics.Dashboards.Web.Auth;
using Analytics.Dashboards.Web.Data;
using Microsoft.Extensions.Logging.Abstractions;

namespace Analytics.Web.Tests;

public sealed class TimingProbe(ITestOutputHelper output)
{
    [Fact]
    public void Probe()
    {
        var path = Environment.GetEnvironmentVariable("PROBE_WAREHOUSE");
        if (path is null) return;
        using var pool = new WarehousePool(path);
        var model = new ReadModel(pool, NullLogger<ReadModel>.Instance);
        using var lease = pool.Rent();
        var s = lease.Store;
        var v = ReadModel.Version(s);
        var t = model.Tables(s, v);
        var viewer = new Viewer("x", "analyst", null, false);
        var units = s.Rows("SELECT unit_code FROM unit_current ORDER BY hash(unit_code) LIMIT 200", r => r.GetString(0)).ToArray();
        var times = new Dictionary<string, double>();
        void T(string name, Action a) { var sw = Stopwatch.StartNew(); a(); times[name] = times.GetValueOrDefault(name) + sw.Elapsed.TotalMilliseconds; }
        foreach (var rep in new[] { 0, 1 })
        {
            times.Clear();
            foreach (var code in units)
            {
                T("version", () => ReadModel.Version(s));
                T("find", () => UnitQueries.Find(s, t, viewer, code));
                string[] sub = [];
                T("subtree", () => sub = t.Subtree(code));
                T("versions", () => UnitQueries.Versions(s, t, code));
                T("levels", () => UnitQueries.Levels(s, t, viewer, code, sub));
                T("selffinal", () => UnitQueries.SelfFinal(s, t, viewer, sub));
                T("findings", () => UnitQueries.Findings(s, t, viewer, sub));
                T("formalism", () => UnitQueries.Formalism(s, code));
                T("children", () => UnitQueries.Children(s, t, viewer, code));
                var sql = "SELECT period_year, role, channel, level, CAST(sum(n) AS BIGINT) FROM {levels} WHERE period_kind = 'year' AND ";
                T("A-any-between", () => _ = s.Rows(t.Sql(sql + "unit_code = ANY($1::VARCHAR[]) AND unit_code BETWEEN $2 AND $3 GROUP BY ALL"), r => 1, sub, sub[0], sub[^1]).ToList());
                T("B-between-only", () => _ = s.Rows(t.Sql(sql + "unit_code BETWEEN $2 AND $3 AND list_contains($1::VARCHAR[], unit_code) GROUP BY ALL"), r => 1, sub, sub[0], sub[^1]).ToList());
                T("C-in-unnest", () => _ = s.Rows(t.Sql(sql + "unit_code IN (SELECT unnest($1::VARCHAR[])) GROUP BY ALL"), r => 1, [sub]).ToList());
                T("D-any", () => _ = s.Rows(t.Sql(sql + "unit_code = ANY($1::VARCHAR[]) GROUP BY ALL"), r => 1, [sub]).ToList());
                T("E-between-literal", () => _ = s.Rows(t.Sql(sql + $"unit_code BETWEEN '{sub[0]}' AND '{sub[^1]}' AND list_contains($1::VARCHAR[], unit_code) GROUP BY ALL"), r => 1, [sub]).ToList());
                T("F-eq-param", () => _ = s.Rows(t.Sql(sql + "unit_code = $1 GROUP BY ALL"), r => 1, code).ToList());
                T("G-eq-indexed-multi", () => { foreach (var u in sub) _ = s.Rows(t.Sql(sql + "unit_code = $1 GROUP BY ALL"), r => 1, u).ToList(); });
                T("H-limit1", () => _ = s.Rows(t.Sql("SELECT 1 FROM {levels} LIMIT 1"), r => 1).ToList());
                T("I-count-eq", () => _ = s.Rows(t.Sql("SELECT count(*) FROM {levels} WHERE unit_code = $1"), r => 1, code).ToList());
                T("J-count-eq-lit", () => _ = s.Rows(t.Sql($"SELECT count(*) FROM {{levels}} WHERE unit_code = '{code}'"), r => 1).ToList());
                T("K-units-eq", () => _ = s.Rows(t.Sql("SELECT count(*) FROM {units} WHERE unit_code = $1"), r => 1, code).ToList());
                T("L-raw-any", () => _ = s.Rows(t.Sql("SELECT period_kind, period_year, role, channel, level, n FROM {levels} WHERE unit_code = ANY($1::VARCHAR[]) AND ($2::VARCHAR[] IS NULL OR list_contains($2::VARCHAR[], area_code))"), r => 1, sub, null).ToList());
                T("M-raw-in-unnest", () => _ = s.Rows(t.Sql("SELECT period_kind, period_year, role, channel, level, n FROM {levels} WHERE unit_code IN (SELECT unnest($1::VARCHAR[])) AND ($2::VARCHAR[] IS NULL OR list_contains($2::VARCHAR[], area_code))"), r => 1, sub, null).ToList());
                T("N-raw-eq", () => _ = s.Rows(t.Sql("SELECT period_kind, period_year, role, channel, level, n FROM {levels} WHERE unit_code = $1"), r => 1, code).ToList());
                T("select1", () => _ = s.Rows("SELECT 1", r => r.GetInt32(0)).ToList());
            }
        }
        foreach (var (k, ms) in times) output.WriteLine($"{k,-10} {ms / units.Length:0.00} ms");
    }
}
