using static Analytics.Synthetic.LevelSpeller;

namespace Analytics.Synthetic;

// ratings.csv: every step of every subject of the bloc-year, in the order of work of 124-QĐ/TW art. 11
// (state bodies before the party organisation, lower levels before higher, the head after the unit),
// revisions last; a member's self-rating is where the bad rows are planted.
internal sealed partial class GroupGenerator
{
    private static readonly string[] BadReasons = ["UNKNOWN_LEVEL", "BAD_PERIOD", "UNKNOWN_UNIT", "MISSING_FIELD", "BAD_DATE"];
    private const double BadRowRate = 0.0006;

    private void WriteRatings(BlocRun bloc, int year, OrgYear o)
    {
        var plan = bloc.Plan;
        var w = bloc.Files!.Ratings;
        string y = Year(year);
        var revised = new List<int>();
        for (int c = 0; c < bloc.Present.Length; c++)
        {
            string cell = plan.CellCode(c);
            string boilerplate = PhraseBank.Member[_rng.Next(PhraseBank.Member.Length)];
            foreach (int i in bloc.Present[c])
            {
                var p = _people[i];
                string id = $"{plan.Code}-{y}-{p.Id}";
                Grade first = p.Revised ? p.PartyOriginal : p.Party;
                string? comment = p.Party == Grade.NotRated ? null
                    : bloc.Signals[c] == FormalSignal.Boilerplate ? Boilerplate(boilerplate) : MemberComment();
                var self = Fields(w, id + "-S", year, "person", p.Id, cell, "party_member", "self", p.PartySelf, Legacy.Member,
                    null, comment, Day(year, 12, 1, 20));
                if (_badRows && p.Party != Grade.NotRated && !bloc.Formal(c))
                {
                    Spoil(bloc, w, self, year);
                }

                w.Row(self);
                w.Row(Fields(w, id + "-P", year, "person", p.Id, cell, "party_member", "proposed", p.PartyProposed, Legacy.Member,
                    null, null, Day(year, 12, 21, 28)));
                w.Row(Fields(w, id + "-F", year, "person", p.Id, cell, "party_member", "final", first, Legacy.Member,
                    p.Revised ? null : p.PartyDiscipline, null, Day(year + 1, 1, 5, 25)));
                if (p.Revised)
                {
                    revised.Add(i);
                }
            }
        }

        foreach (int i in bloc.Staff)
        {
            var p = _people[i];
            string id = $"{plan.Code}-{y}-CS-{p.Id}";
            w.Row(Fields(w, id + "-S", year, "person", p.Id, plan.StateCode, "civil_servant", "self", p.CivilSelf, Legacy.None,
                null, Pick(0.12, PhraseBank.CivilServant), Day(year, 11, 20, 30)));
            w.Row(Fields(w, id + "-F", year, "person", p.Id, plan.StateCode, "civil_servant", "final", p.Civil, Legacy.None,
                p.CivilDiscipline, null, Day(year, 12, 5, 14)));
        }

        UnitSteps(w, plan, year, plan.StateCode, "organisation", o.State, null, (11, 12), PhraseBank.Organisation);
        if (!plan.IsAgency)
        {
            UnitSteps(w, plan, year, plan.FrontCode, "organisation", o.Front, null, (11, 12), PhraseBank.Organisation);
        }

        for (int m = 0; m < plan.MassOrgs.Count; m++)
        {
            UnitSteps(w, plan, year, plan.MassCode(plan.MassOrgs[m]), "organisation", o.Mass[m], null, (11, 12), PhraseBank.Organisation);
        }

        for (int c = 0; c < bloc.CellFinal.Length; c++)
        {
            UnitSteps(w, plan, year, plan.CellCode(c), "organisation", bloc.CellFinal[c], null, (12, 13), PhraseBank.Organisation);
        }

        UnitSteps(w, plan, year, plan.OrgCode, "organisation", o.Org, null, (12, 13), PhraseBank.Organisation);
        UnitSteps(w, plan, year, plan.CollectiveCode, "collective", o.Collective, bloc.CollectiveDiscipline, (12, 13),
            PhraseBank.Leadership);
        if (bloc.Head >= 0)
        {
            var head = _people[bloc.Head];
            string id = $"{plan.Code}-{y}-LD-{head.Id}";
            Grade self = _rng.Chance(0.7) ? o.Head : GradeMath.Up(o.Head);
            w.Row(Fields(w, id + "-S", year, "person", head.Id, plan.CollectiveCode, "leader", "self", self, Legacy.None,
                null, PhraseBank.Combine(_rng, PhraseBank.Leadership), Day(year, 12, 20, 28)));
            w.Row(Fields(w, id + "-P", year, "person", head.Id, plan.CollectiveCode, "leader", "proposed", o.Head, Legacy.None,
                null, null, Day(year + 1, 1, 10, 18)));
            w.Row(Fields(w, id + "-F", year, "person", head.Id, plan.CollectiveCode, "leader", "final", o.Head, Legacy.None,
                null, null, Day(year + 1, 2, 1, 20)));
        }

        foreach (int i in revised)
        {
            var p = _people[i];
            var row = Fields(w, $"{plan.Code}-{y}-{p.Id}-F", year, "person", p.Id, plan.CellCode(p.Cell), "party_member", "final",
                Grade.NotCompleted, Legacy.Member, p.PartyDiscipline, null, Day(year + 1, _rng.Between(3, 6), 1, 28));
            row[12] = "1";
            w.Row(row);
        }
    }

    /// <summary>Self, proposed and final of a unit (its own unit of review). <paramref name="months"/>:
    /// self in the first month given, proposal and decision in the second (13 = January next year).</summary>
    private void UnitSteps(CsvFileWriter w, BlocPlan plan, int year, string code, string role, Grade final, string? discipline,
        (int Self, int Decided) months, string[] bank)
    {
        string id = $"{plan.Code}-{Year(year)}-DV-{code[(plan.Code.Length + 1)..]}";
        double r = _rng.NextDouble();
        Grade self = r < 0.65 ? final : r < 0.95 ? GradeMath.Up(final) : GradeMath.Down(final);
        Grade proposed = _rng.Chance(0.8) ? final : self;
        var legacy = role == "organisation" ? Legacy.Organisation : Legacy.None;
        int decidedYear = months.Decided > 12 ? year + 1 : year;
        int decidedMonth = months.Decided > 12 ? 1 : months.Decided;
        w.Row(Fields(w, id + "-S", year, "unit", code, code, role, "self", self, legacy, null, Pick(0.15, bank),
            Day(year, months.Self, 10, 25)));
        w.Row(Fields(w, id + "-P", year, "unit", code, code, role, "proposed", proposed, legacy, null, null,
            Day(decidedYear, decidedMonth, 1, 10)));
        w.Row(Fields(w, id + "-F", year, "unit", code, code, role, "final", final, legacy, discipline, null,
            Day(decidedYear, decidedMonth, 12, 28)));
    }

    private string?[] Fields(CsvFileWriter w, string recordId, int year, string subjectKind, string subjectId, string unit, string role,
        string channel, Grade grade, Legacy legacy, string? discipline, string? comment, DateOnly decided)
    {
        string? score = year >= GradeMath.FirstScoredYear && grade != Grade.NotRated
            ? GradeMath.Score(grade, _rng, w.DecimalSeparator)
            : null;
        return [recordId, Year(year), subjectKind, subjectId, unit, role, channel, w.Level(grade, year, legacy), score,
            w.Discipline(discipline), comment, w.Date(decided), w.Style.VietnameseHeader ? null : "0"];
    }

    /// <summary>Turns a member's self-rating row into one the loader must quarantine, now and then (and
    /// once in each of the first five blocs, one reason each, so every reason occurs).</summary>
    private void Spoil(BlocRun bloc, CsvFileWriter w, string?[] row, int year)
    {
        int forced = bloc.Plan.Index < BadReasons.Length && !_forcedSpoiled.Contains(bloc.Plan.Index) ? bloc.Plan.Index : -1;
        if (forced < 0 && !_bad.Chance(BadRowRate))
        {
            return;
        }

        _forcedSpoiled.Add(bloc.Plan.Index);
        string reason = forced >= 0 ? BadReasons[forced] : _bad.Pick(BadReasons);
        switch (reason)
        {
            case "UNKNOWN_LEVEL": row[7] = "HTTTNV"; break;
            case "BAD_PERIOD": row[1] = $"{Year(year)}-Q5"; break;
            case "UNKNOWN_UNIT": row[4] = bloc.Plan.Code + "-CB99"; break;
            case "MISSING_FIELD": row[3] = null; break;
            default: row[11] = $"31/02/{Year(year)}"; break;
        }

        _result.BadRows.Add(new TruthBadRow(bloc.Files!.Submission, "ratings.csv", w.NextLine, reason));
    }

    private string? MemberComment()
    {
        double r = _rng.NextDouble();
        return r < 0.08 ? null : r < 0.13 ? PhraseBank.Nothing : r < 0.14 ? "Không" : PhraseBank.Combine(_rng, PhraseBank.Member);
    }

    /// <summary>Empty, "Không có" or the one line the whole cell copies.</summary>
    private string? Boilerplate(string line) => _rng.Next(10) switch
    {
        < 4 => line,
        < 6 => PhraseBank.Nothing,
        < 7 => "không có",
        _ => null,
    };

    private string? Pick(double empty, string[] bank) => _rng.Chance(empty) ? null : PhraseBank.Combine(_rng, bank);

    private DateOnly Day(int year, int month, int from, int to) => new(year, month, _rng.Between(from, to));
}
