using Analytics.Warehouse.Store;

namespace Analytics.Dashboards.Web.Data;

/// <summary>The units in force and their versions, held in memory with the read model of one batch
/// version: the unit page takes the unit's name, children and history from here after a SQL query with
/// the viewer's areas in its WHERE clause has found the unit; children of other areas are left out.</summary>
internal sealed class UnitTree
{
    public static readonly UnitTree Empty = new(new Dictionary<string, UnitRow>(), new Dictionary<string, IReadOnlyList<string>>(),
        new Dictionary<string, IReadOnlyList<UnitVersionRow>>());

    private UnitTree(IReadOnlyDictionary<string, UnitRow> units, IReadOnlyDictionary<string, IReadOnlyList<string>> children,
        IReadOnlyDictionary<string, IReadOnlyList<UnitVersionRow>> history)
    {
        Units = units;
        Children = children;
        History = history;
    }

    public IReadOnlyDictionary<string, UnitRow> Units { get; }
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Children { get; }
    public IReadOnlyDictionary<string, IReadOnlyList<UnitVersionRow>> History { get; }

    public static UnitTree Load(WarehouseStore store, ReadTables t)
    {
        var units = store.Rows(
                t.Sql("SELECT unit_code, unit_name, unit_kind, parent_code, area_code, successor_code, valid_to FROM {units}"),
            r => new UnitRow(r.GetString(0), r.GetString(1), r.GetString(2), Text(r, 3), Text(r, 4), Text(r, 5), Date(r, 6)))
            .ToDictionary(u => u.Code, StringComparer.Ordinal);
        var children = units.Values.Where(u => u.Parent is not null).GroupBy(u => u.Parent!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.Select(u => u.Code).Order(StringComparer.Ordinal)],
                StringComparer.Ordinal);
        var history = store.Rows(t.Sql("""
                SELECT unit_code, version, unit_name, unit_kind, parent_code, area_code, valid_from, valid_to, successor_code
                FROM {versions}
                """), r => (Code: r.GetString(0), Row: new UnitVersionRow(r.GetInt32(1), r.GetString(2), r.GetString(3),
                Text(r, 4), Text(r, 5), Date(r, 6), Date(r, 7), Text(r, 8))))
            .GroupBy(v => v.Code, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<UnitVersionRow>)[.. g.Select(v => v.Row).OrderBy(v => v.Version)],
                StringComparer.Ordinal);
        return new UnitTree(units, children, history);
    }

    /// <summary>The unit and every unit under it, in code order.</summary>
    public string[] Subtree(string code)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { code };
        var queue = new Queue<string>([code]);
        while (queue.TryDequeue(out var unit))
            foreach (var child in Children.GetValueOrDefault(unit) ?? [])
                if (seen.Add(child)) queue.Enqueue(child);
        return [.. seen.Order(StringComparer.Ordinal)];
    }

    private static string? Text(System.Data.Common.DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static DateOnly? Date(System.Data.Common.DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetFieldValue<DateOnly>(i);
}
