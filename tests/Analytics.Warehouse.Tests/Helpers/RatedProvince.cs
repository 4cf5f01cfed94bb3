using Analytics.Warehouse.Checks;
using Analytics.Warehouse.Store;

namespace Analytics.Warehouse.Tests.Helpers;

/// <summary>A small hand-built commune for the checks: grassroots organisation DU (counterpart UB)
/// with cells CB1 and CB2, government body UB, Fatherland Front MT and standing committee BTV, plus
/// whatever ratings a test adds. Build() loads it as one batch.</summary>
internal sealed class RatedProvince : IDisposable
{
    private readonly TempWarehouse _wh = new();
    private readonly List<Action<BatchWriter>> _rows = [];
    private int _line = 2;

    public RatedProvince()
    {
        Unit("DU", "grassroots_party_org", parent: "TU", counterpart: "UB");
        Unit("CB1", "party_cell", parent: "DU");
        Unit("CB2", "party_cell", parent: "DU");
        Unit("UB", "government_body", parent: "DU", counterpart: "DU");
        Unit("MT", "fatherland_front", parent: "DU");
        Unit("BTV", "leadership_collective", parent: "DU");
    }

    public WarehouseStore Store => _wh.Store;

    public RatedProvince Unit(string code, string kind, string? parent = null, string? counterpart = null)
    {
        var line = _line++;
        _rows.Add(b => b.Stage(new UnitRow(1, line, code, "Đơn vị " + code, kind, parent, counterpart, "X", new DateOnly(2020, 1, 1),
            null, null, null)));
        return this;
    }

    /// <summary>A final (or other channel) rating of a person; level null = not rated.</summary>
    public RatedProvince Person(string id, string unit, byte? level, RatingRole role = RatingRole.PartyMember, short year = 2024,
        Discipline discipline = Discipline.None, RatingChannel channel = RatingChannel.Final, DateOnly? decidedOn = null)
    {
        var line = _line++;
        var key = Key(id);
        _rows.Add(b =>
        {
            b.StageIdentity(key, id);
            b.Stage(new RatingRow(1, line, $"{id}-{role}-{channel}-{year}", 0, new StoredPeriod(PeriodGrain.Year, year, 0),
                SubjectKind.Person, key, null, unit, role, channel, level, false, null, discipline, null,
                decidedOn ?? new DateOnly(year, 12, 20), null));
        });
        return this;
    }

    /// <summary>Several members of a cell with the given final levels (ids CELL-1, CELL-2, …).</summary>
    public RatedProvince Members(string cell, short year, params byte[] levels)
    {
        for (var i = 0; i < levels.Length; i++) Person($"{cell}-{i + 1}", cell, levels[i], year: year);
        return this;
    }

    public RatedProvince UnitRating(string unit, byte level, RatingRole role = RatingRole.Organisation, short year = 2024,
        Discipline discipline = Discipline.None)
    {
        var line = _line++;
        _rows.Add(b => b.Stage(new RatingRow(1, line, $"{unit}-{role}-{year}", 0, new StoredPeriod(PeriodGrain.Year, year, 0),
            SubjectKind.Unit, null, unit, unit, role, RatingChannel.Final, level, false, null, discipline, null,
            new DateOnly(year, 12, 20), null)));
        return this;
    }

    public RatedProvince Head(string id, string unit)
    {
        var line = _line++;
        _rows.Add(b => b.Stage(new PositionRow(1, line, Key(id), unit, PositionRole.Head, new DateOnly(2020, 1, 1), null, null)));
        return this;
    }

    public RatedProvince Summary(string unit, byte? level, int count, short year = 2024)
    {
        var line = _line++;
        _rows.Add(b => b.Stage(new SummaryRow(1, line, new StoredPeriod(PeriodGrain.Year, year, 0), unit, RatingRole.PartyMember,
            level, count, null)));
        return this;
    }

    /// <summary>Loads everything (once) and runs one rule for a period.</summary>
    public IReadOnlyList<Finding> Check(string rule, string period = "2024", CheckSettings? settings = null, ExcellentQuota? quota = null)
    {
        if (_rows.Count > 0)
        {
            using var batch = Store.BeginBatch(Rows.Info("fixture-" + Guid.NewGuid()));
            foreach (var row in _rows) row(batch);
            batch.AddFile(batch.NextFileNumber(), Rows.File("fixture.csv", "ratings"));
            batch.Commit();
            _rows.Clear();
        }
        return new CheckRunner(Store, settings ?? new CheckSettings(), quota).Run(period, [rule]).Findings;
    }

    public static long Key(string id) =>
        BitConverter.ToInt64(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(id)));

    public void Dispose() => _wh.Dispose();
}
