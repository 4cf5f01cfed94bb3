using System.Globalization;

namespace Analytics.Synthetic;

// The member-level part of each planted violation. Every plant touches only rank-and-file members of
// healthy cells (or civil servants, or the unit itself), keeps every other rule, and is recorded only
// after the violation is checked to be there.
internal sealed partial class GroupGenerator
{
    private void ApplyPlant(BlocRun bloc, int year, OrgYear o, List<TruthViolation> findings)
    {
        var plan = bloc.Plan;
        switch (o.Plant)
        {
            case Rule.R01:
                PlantQuota(bloc, year, findings);
                break;
            case Rule.R02:
                PlantStateShare(bloc, year, findings);
                break;
            case Rule.R03:
                PlantDiscipline(bloc, year, o, findings);
                break;
            case Rule.R04 when o.Variant == 1:
                // Organisation excellent, but more than 20% of its cells only HTNV.
                int cells = plan.Cells.Count, weak = (cells / 5) + 1;
                int[] order = [.. Enumerable.Range(0, cells)];
                _rng.Shuffle(order);
                foreach (int c in order.Take(weak))
                {
                    (bloc.CellFinal[c], bloc.CellForced[c]) = (Grade.Completed, true);
                }

                findings.Add(Finding(Rule.R04, year, plan.OrgCode, plan.OrgCode,
                    $"organisation rated HTXSNV with {weak} of {cells} cells only HTNV (at least 80% HTTNV or better required)"));
                break;
            case Rule.R04:
                PlantExcellentCell(bloc, year, findings);
                break;
            case Rule.R05:
                PlantFailedCell(bloc, year, findings);
                break;
            case Rule.R06 when bloc.Head >= 0:
                findings.Add(Finding(Rule.R06, year, _people[bloc.Head].Id, plan.CollectiveCode,
                    $"head rated {GradeMath.Code(o.Head)} above the collective's {GradeMath.Code(o.Collective)}", "person"));
                break;
            case Rule.R07:
                PlantPartyAboveCivil(bloc, year, findings);
                break;
            case Rule.R08:
                int target = PickPerson(bloc.Rated, (p, _) => p.FailsTwiceFrom == year - 1 && p.Party == Grade.NotCompleted);
                if (target >= 0)
                {
                    findings.Add(Finding(Rule.R08, year, _people[target].Id, plan.CellCode(_people[target].Cell),
                        $"member rated KHTNV in {year - 1} and again in {year}", "person"));
                }

                break;
            case Rule.R09:
                findings.Add(Finding(Rule.R09, year, plan.OrgCode, plan.OrgCode,
                    $"party organisation {GradeMath.Code(o.Org)}, its state counterpart {plan.StateCode} {GradeMath.Code(o.State)}"));
                break;
        }
    }

    private void PlantQuota(BlocRun bloc, int year, List<TruthViolation> findings)
    {
        int x = CountParty(bloc, Grade.Excellent), g = CountParty(bloc, Grade.Good);
        var candidates = bloc.Rated.Where(i => Ordinary(bloc, i) && _people[i].Party == Grade.Good).ToArray();
        _rng.Shuffle(candidates);
        foreach (int i in candidates)
        {
            if (10 * x >= 3 * g)
            {
                break;
            }

            _people[i].Party = Grade.Excellent;
            x++;
            g--;
        }

        if (5 * x > g)
        {
            findings.Add(Finding(Rule.R01, year, bloc.Plan.OrgCode, bloc.Plan.OrgCode,
                Invariant($"{x} members HTXSNV against {g} HTTNV: above 20% of HTTNV")));
        }
    }

    private void PlantStateShare(BlocRun bloc, int year, List<TruthViolation> findings)
    {
        int members = bloc.Rated.Count, staff = bloc.Staff.Count;
        int xPm = CountParty(bloc, Grade.Excellent);
        while (xPm * 25 > members)
        {
            int i = PickPerson(bloc.Rated, (p, i) => p.Party == Grade.Excellent && !p.Pinned && !bloc.Formal(p.Cell));
            if (i < 0)
            {
                break;
            }

            _people[i].Party = Grade.Good;
            xPm--;
        }

        int xCs = CountCivil(bloc, Grade.Excellent), gCs = CountCivil(bloc, Grade.Good);
        while ((100L * xCs * members) < (100L * xPm * staff) + (3L * members * staff) && 5 * (xCs + 1) <= gCs - 1)
        {
            int i = PickPerson(bloc.Staff, (p, _) => p.Civil == Grade.Good);
            _people[i].Civil = Grade.Excellent;
            xCs++;
            gCs--;
        }

        if ((long)xCs * members > (long)xPm * staff && 5 * xCs <= gCs)
        {
            findings.Add(Finding(Rule.R02, year, bloc.Plan.StateCode, bloc.Plan.StateCode,
                Invariant($"{xCs} of {staff} civil servants HTXSNV against {xPm} of {members} party members")));
        }
    }

    private void PlantDiscipline(BlocRun bloc, int year, OrgYear o, List<TruthViolation> findings)
    {
        string discipline = _rng.Chance(0.5) ? "warning" : "reprimand";
        if (_rng.Chance(0.3) && o.Collective > Grade.NotCompleted)
        {
            bloc.CollectiveDiscipline = discipline;
            findings.Add(Finding(Rule.R03, year, bloc.Plan.CollectiveCode, bloc.Plan.CollectiveCode,
                $"collective disciplined ({discipline}) but rated {GradeMath.Code(o.Collective)}"));
            return;
        }

        int i = PickPerson(bloc.Rated, (p, i) => Ordinary(bloc, i, staff: true) && p.Party is Grade.Good or Grade.Completed);
        if (i >= 0)
        {
            var p = _people[i];
            p.PartyDiscipline = discipline;
            findings.Add(Finding(Rule.R03, year, p.Id, bloc.Plan.CellCode(p.Cell),
                $"member disciplined ({discipline}) in {year} but rated {GradeMath.Code(p.Party)}", "person"));
        }
    }

    /// <summary>A cell rated HTXSNV although not all its members are HTNV or better and 80% HTTNV or better.</summary>
    private void PlantExcellentCell(BlocRun bloc, int year, List<TruthViolation> findings)
    {
        var healthy = Enumerable.Range(0, bloc.Present.Length).Where(c => !bloc.Formal(c)).ToList();
        int cell = _rng.PickIndex(healthy, c => !MayExcel(bloc, c));
        cell = cell >= 0 ? healthy[cell] : -1;
        if (cell < 0)
        {
            // Every healthy cell qualifies: one member KHTNV (not KHTNV last year, so R08 holds; no
            // discipline, so R03 holds) takes that away. An HTNV member first, else an HTTNV one if the
            // quota keeps its room.
            int x = CountParty(bloc, Grade.Excellent), g = CountParty(bloc, Grade.Good);
            bool room = x == 0 || 5 * x < g - 1;
            int i = PickPerson(bloc.Rated, (p, i) => Ordinary(bloc, i, staff: true) && !p.FailedLastYear && p.Party == Grade.Completed);
            if (i < 0 && room)
            {
                i = PickPerson(bloc.Rated, (p, i) => Ordinary(bloc, i, staff: true) && !p.FailedLastYear && p.Party == Grade.Good);
            }

            if (i < 0)
            {
                return;
            }

            _people[i].Party = Grade.NotCompleted;
            cell = _people[i].Cell;
        }

        if (MayExcel(bloc, cell))
        {
            return;
        }

        (bloc.CellFinal[cell], bloc.CellForced[cell]) = (Grade.Excellent, true);
        var rated = RatedIn(bloc, cell);
        findings.Add(Finding(Rule.R04, year, bloc.Plan.CellCode(cell), bloc.Plan.CellCode(cell),
            Invariant($"cell rated HTXSNV with {rated.Count(i => _people[i].Party >= Grade.Good)} of {rated.Count} members ") +
            Invariant($"HTTNV or better and {rated.Count(i => _people[i].Party < Grade.Completed)} KHTNV")));
    }

    /// <summary>A cell rated KHTNV while every member is HTTNV or better (its HTNV members raised).</summary>
    private void PlantFailedCell(BlocRun bloc, int year, List<TruthViolation> findings)
    {
        var cells = Enumerable.Range(0, bloc.Present.Length).ToList();
        int k = _rng.PickIndex(cells, c =>
        {
            var rated = RatedIn(bloc, c);
            return !bloc.Formal(c) && rated.Count >= 3
                && rated.All(i => _people[i].Party >= Grade.Good
                    || (_people[i].Party == Grade.Completed && Ordinary(bloc, i, staff: true)
                        && (!_people[i].Staff || _people[i].Civil >= Grade.Good)));
        });
        if (k < 0)
        {
            return;
        }

        int cell = cells[k];
        foreach (int i in RatedIn(bloc, cell).Where(i => _people[i].Party == Grade.Completed))
        {
            _people[i].Party = Grade.Good;
        }

        (bloc.CellFinal[cell], bloc.CellForced[cell]) = (Grade.NotCompleted, true);
        findings.Add(Finding(Rule.R05, year, bloc.Plan.CellCode(cell), bloc.Plan.CellCode(cell),
            Invariant($"cell rated KHTNV while all {RatedIn(bloc, cell).Count} members are HTTNV or better")));
    }

    private void PlantPartyAboveCivil(BlocRun bloc, int year, List<TruthViolation> findings)
    {
        bool Dual(Person p) => p.Member && p.Party != Grade.NotRated && !p.Pinned && !bloc.Formal(p.Cell);
        int i = PickPerson(bloc.Staff, (p, _) => Dual(p) && p.Party == Grade.Excellent && p.Civil == Grade.Excellent);
        if (i < 0 && 5 * CountCivil(bloc, Grade.Excellent) <= CountCivil(bloc, Grade.Good) - 1)
        {
            i = PickPerson(bloc.Staff, (p, _) => Dual(p) && p.Party == Grade.Good && p.Civil == Grade.Good);
        }

        if (i < 0)
        {
            return;
        }

        var person = _people[i];
        person.Civil = GradeMath.Down(person.Civil);
        findings.Add(Finding(Rule.R07, year, person.Id, bloc.Plan.CellCode(person.Cell),
            $"party rating {GradeMath.Code(person.Party)} above civil-service rating {GradeMath.Code(person.Civil)}", "person"));
    }

    private List<int> RatedIn(BlocRun bloc, int cell) => [.. bloc.Present[cell].Where(i => _people[i].Party != Grade.NotRated)];

    /// <summary>R04 for a cell: all rated members HTNV or better and at least 80% HTTNV or better.</summary>
    private bool MayExcel(BlocRun bloc, int cell)
    {
        var rated = RatedIn(bloc, cell);
        return rated.All(i => _people[i].Party >= Grade.Completed)
            && rated.Count(i => _people[i].Party >= Grade.Good) * 5 >= rated.Count * 4;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
