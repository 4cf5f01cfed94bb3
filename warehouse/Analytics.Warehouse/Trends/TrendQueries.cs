using Analytics.Warehouse.Store;

namespace Analytics.Warehouse.Trends;

/// <summary>The queries behind the charts and the briefing: plain records over the warehouse views,
/// every one narrowed by a <see cref="TrendFilter"/> (its area scope enforced in the SQL). Yearly
/// periods only; quarterly ratings are counted by completeness. Not thread-safe (one store, one
/// connection).</summary>
public sealed partial class TrendQueries
{
    /// <summary>Rating roles as the warehouse spells them (the ENUM rating_role).</summary>
    public static IReadOnlyList<string> Roles { get; } = ["organisation", "collective", "party_member", "leader", "civil_servant"];

    private readonly WarehouseStore _store;
    private bool _snapshot;

    public TrendQueries(WarehouseStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        _store = store;
    }

    /// <summary>Copies the yearly self and final rating steps in force into a temporary table of the
    /// store's connection, so that the queries after it share one pass over the ratings instead of
    /// one each (the briefing pack runs five). Dispose the result to drop the copy; until then the
    /// queries read it, and do not see ratings loaded meanwhile.</summary>
    public IDisposable Snapshot()
    {
        _store.Execute(TrendSql.CreateSnapshot);
        _snapshot = true;
        return new SnapshotRelease(this);
    }

    private sealed class SnapshotRelease(TrendQueries owner) : IDisposable
    {
        public void Dispose()
        {
            if (!owner._snapshot) return;
            owner._snapshot = false;
            owner._store.Execute(TrendSql.DropSnapshot);
        }
    }

    /// <summary>The query reading the snapshot when there is one.</summary>
    private string Steps(string sql) => _snapshot ? sql.Replace(TrendSql.YearSteps, TrendSql.SnapshotSteps, StringComparison.Ordinal) : sql;

    /// <summary>The latest rating year holding final ratings, or null for an empty warehouse.</summary>
    public int? LatestYear()
    {
        var year = _store.Rows("SELECT max(period_year) FROM rating WHERE period_kind = 'year' AND channel = 'final'",
            r => r.IsDBNull(0) ? (int?)null : Convert.ToInt32(r.GetValue(0))).Single();
        return year;
    }

    private const string UnitNameSql = "WITH " + TrendSql.Scoped + " SELECT unit_name FROM scoped WHERE unit_code = $8";

    /// <summary>The current name of a unit inside the filter's scope, or null (unknown, or outside it).</summary>
    public string? UnitName(TrendFilter filter, string unitCode) =>
        _store.Rows(UnitNameSql, r => r.GetString(0), Bind(filter with { UnitCode = null }, unitCode)).FirstOrDefault();

    /// <summary>The filter as the first seven positional parameters, then <paramref name="extra"/>.</summary>
    private static object?[] Bind(TrendFilter filter, params object?[] extra)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (filter.Role is { } role && !Roles.Contains(role, StringComparer.Ordinal))
            throw new ArgumentException($"unknown role '{role}'; known: {string.Join(", ", Roles)}", nameof(filter));
        if (filter is { FromYear: { } from, ToYear: { } to } && from > to)
            throw new ArgumentException($"year range {from}–{to} is empty: the first year is after the last", nameof(filter));
        return [filter.FromYear, filter.ToYear, filter.AreaCode, filter.UnitKind, filter.Role, filter.UnitCode,
            filter.AreaScope?.ToArray(), .. extra];
    }

    private static string Text(System.Data.Common.DbDataReader r, int i) => r.IsDBNull(i) ? "" : r.GetString(i);

    private static int? NullableInt(System.Data.Common.DbDataReader r, int i) => r.IsDBNull(i) ? null : Convert.ToInt32(r.GetValue(i));
}
