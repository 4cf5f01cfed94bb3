using Analytics.Warehouse.Formalism;
using Analytics.Warehouse.Store;

namespace Analytics.Warehouse.Tests.Helpers;

/// <summary>A small hand-built province for the formalism scoring: grassroots organisation DU under
/// TU, whatever cells and agencies a test adds, members with a final, a self-rating (with its
/// self-criticism text) and residence comments. Score() loads everything as one batch and runs the scoring.</summary>
internal sealed class FormalismFixture : IDisposable
{
    private readonly TempWarehouse _wh = new();
    private readonly List<Action<BatchWriter>> _rows = [];
    private int _line = 2;

    public FormalismFixture() => Unit("DU", "grassroots_party_org", parent: "TU");

    public WarehouseStore Store => _wh.Store;

    public FormalismFixture Unit(string code, string kind = "party_cell", string? parent = "DU")
    {
        var line = _line++;
        _rows.Add(b => b.Stage(new UnitRow(1, line, code, "Đơn vị " + code, kind, parent, null, "X", new DateOnly(2020, 1, 1),
            null, null, null)));
        return this;
    }

    /// <summary>One member: the final, and (unless <paramref name="self"/> is null) a self-rating with its text.</summary>
    public FormalismFixture Member(string id, string unit, byte final, byte? self, string? comment = null, short year = 2024,
        RatingRole role = RatingRole.PartyMember)
    {
        var key = RatedProvince.Key(id);
        var period = new StoredPeriod(PeriodGrain.Year, year, 0);
        int finalLine = _line++, selfLine = _line++;
        _rows.Add(b =>
        {
            b.StageIdentity(key, id);
            b.Stage(new RatingRow(1, finalLine, $"{id}-{year}-F", 0, period, SubjectKind.Person, key, null, unit, role, RatingChannel.Final,
                final, false, null, Discipline.None, null, new DateOnly(year + 1, 1, 20), null));
            if (self is { } s)
                b.Stage(new RatingRow(1, selfLine, $"{id}-{year}-S", 0, period, SubjectKind.Person, key, null, unit, role,
                    RatingChannel.Self, s, false, null, Discipline.None, comment, new DateOnly(year, 12, 10), null));
        });
        return this;
    }

    /// <summary>Members UNIT-1, UNIT-2, … with (final, self, text) each.</summary>
    public FormalismFixture Cell(string unit, short year, params (byte Final, byte Self, string? Text)[] members)
    {
        for (var i = 0; i < members.Length; i++) Member($"{unit}-{i + 1}", unit, members[i].Final, members[i].Self, members[i].Text, year);
        return this;
    }

    public FormalismFixture Residence(string id, Sentiment sentiment, short year = 2024)
    {
        var line = _line++;
        _rows.Add(b => b.Stage(new ResidenceRow(1, line, new StoredPeriod(PeriodGrain.Year, year, 0), RatedProvince.Key(id), "DU",
            sentiment, null, null)));
        return this;
    }

    /// <summary>Loads what was added (once) and scores the periods.</summary>
    public FormalismResult Score(FormalismSettings? settings = null, params string[] periods)
    {
        if (_rows.Count > 0)
        {
            using var batch = Store.BeginBatch(Rows.Info("formalism-" + Guid.NewGuid()));
            foreach (var row in _rows) row(batch);
            batch.AddFile(batch.NextFileNumber(), Rows.File("fixture.csv", "ratings"));
            batch.Commit();
            _rows.Clear();
        }
        return new FormalismRunner(Store, settings ?? new FormalismSettings()).Run(periods.Length == 0 ? ["2024"] : periods);
    }

    /// <summary>The stored features of one unit and period in a run.</summary>
    public Dictionary<string, double?> Features(long runId, string unit, string period = "2024") =>
        Store.Rows("SELECT feature, value FROM formalism_feature WHERE run_id = $1 AND unit_code = $2 AND period = $3",
            r => (r.GetString(0), r.IsDBNull(1) ? (double?)null : r.GetDouble(1)), runId, unit, period)
            .ToDictionary(x => x.Item1, x => x.Item2);

    public void Dispose() => _wh.Dispose();
}
