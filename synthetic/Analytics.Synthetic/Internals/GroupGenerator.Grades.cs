namespace Analytics.Synthetic;

// Individual final levels: civil servants first (their level caps the party level of the same person,
// R07), then members, drawn to the calibration of docs/rules.md and never KHTNV two years running (R08).
internal sealed partial class GroupGenerator
{
    private const double FailRate = 0.0055;        // natural KHTNV among members (plus revisions, caps)
    private const double RevisionRate = 0.001;     // re-rated KHTNV after a later discipline decision
    private const double CompletedRate = 0.045;

    private static readonly string[] PartyDisciplines = ["reprimand", "warning", "removal", "expulsion"];
    private static readonly string[] CivilDisciplines = ["reprimand", "warning", "dismissal"];

    private void DrawCivil(BlocRun bloc)
    {
        foreach (int i in bloc.Staff)
        {
            var p = _people[i];
            p.Civil = !p.FailedLastYear && _rng.Chance(0.005) ? Grade.NotCompleted
                : _rng.Chance(0.06) ? Grade.Completed : Grade.Good;
        }

        var good = bloc.Staff.Where(i => _people[i].Civil == Grade.Good).ToArray();
        int goodOrBetter = good.Length;
        int excellent = (int)Math.Floor(_rng.Uniform(0.06, 0.12) * goodOrBetter);
        _rng.Shuffle(good);
        foreach (int i in good.Take(excellent))
        {
            _people[i].Civil = Grade.Excellent;
        }
    }

    private void DrawParty(BlocRun bloc, int year, OrgYear o)
    {
        if (o.FailsTwiceFrom)
        {
            // Levels are not drawn yet: the same conditions as Ordinary, without the level.
            int pick = _rng.PickIndex(bloc.Rated, i =>
            {
                var p = _people[i];
                return !p.Pinned && p.FailsTwiceFrom == 0 && !p.FailedLastYear && i != bloc.Head && !bloc.Formal(p.Cell);
            });
            if (pick >= 0)
            {
                _people[bloc.Rated[pick]].FailsTwiceFrom = year;
            }
        }

        foreach (int i in bloc.Rated)
        {
            var p = _people[i];
            double r = _rng.NextDouble();
            if (p.FailsTwiceIn(year))
            {
                p.Party = Grade.NotCompleted;
            }
            else if (p.Pinned || bloc.Signals[p.Cell] == FormalSignal.NoDifferentiation)
            {
                p.Party = Grade.Good;
            }
            else if (r < FailRate && !p.FailedLastYear && i != bloc.Head)
            {
                p.Party = Grade.NotCompleted;
            }
            else if (r < FailRate + RevisionRate && CanRevise(bloc, i, year))
            {
                // Discipline for this year's violation is decided next spring: revision 1 re-rates the year
                // KHTNV (guidance 25-HD/BTCTW point 4.5); revision 0 keeps the level first decided.
                p.Revised = true;
                p.PartyOriginal = _rng.Chance(0.7) ? Grade.Good : Grade.Completed;
                p.Party = Grade.NotCompleted;
                p.PartyDiscipline = _rng.Chance(0.5) ? "warning" : "reprimand";
            }
            else
            {
                p.Party = r < FailRate + RevisionRate + CompletedRate ? Grade.Completed : Grade.Good;
            }
        }

        var pool = bloc.Rated
            .Where(i => _people[i].Party == Grade.Good && Movable(bloc, i) && !(bloc.QuotaRiding && _people[i].Staff)).ToArray();
        int goodOrBetter = bloc.Rated.Count(i => _people[i].Party >= Grade.Good);
        int excellent = Math.Min(pool.Length, (int)Math.Floor(_rng.Uniform(0.12, 0.16) * goodOrBetter));
        _rng.Shuffle(pool);
        int civilExcellent = CountCivil(bloc, Grade.Excellent), civilGood = CountCivil(bloc, Grade.Good);
        foreach (int i in pool.Take(excellent))
        {
            var p = _people[i];
            p.Party = Grade.Excellent;

            // A civil servant excellent in the party is usually excellent at work too: raise the civil-service
            // level with it while the agency's quota allows (otherwise R07 caps the party level below).
            if (p.Staff && p.Civil == Grade.Good && 5 * (civilExcellent + 1) <= civilGood - 1)
            {
                p.Civil = Grade.Excellent;
                civilExcellent++;
                civilGood--;
            }
        }
    }

    /// <summary>A member whose level balancing may move: not pinned, not a planted or revised KHTNV, not
    /// in a cell that must stay on one level.</summary>
    private bool Movable(BlocRun bloc, int i)
    {
        var p = _people[i];
        return !p.Pinned && p.FailsTwiceFrom == 0 && !p.Revised && p.Party != Grade.NotCompleted
            && bloc.Signals[p.Cell] != FormalSignal.NoDifferentiation;
    }

    /// <summary>A rank-and-file member a plant may use without touching anything else: rated, not a head,
    /// pinned, revised or planted, not KHTNV, in a cell with no formalism signal; a civil servant only when
    /// <paramref name="staff"/> (the plant then keeps the party level at or below the civil-service one).</summary>
    private bool Ordinary(BlocRun bloc, int i, bool staff = false)
    {
        var p = _people[i];
        return p.Member && p.Party != Grade.NotRated && Movable(bloc, i) && (staff || !p.Staff) && i != bloc.Head && !bloc.Formal(p.Cell);
    }

    private bool CanRevise(BlocRun bloc, int i, int year)
    {
        var p = _people[i];
        return year < _options.LastYear && !p.Staff && !p.Pinned && i != bloc.Head && !p.FailedLastYear
            && p.FailsTwiceFrom == 0 && !bloc.Formal(p.Cell);
    }

    /// <summary>Discipline goes with KHTNV: on the party final when every final of the person is KHTNV
    /// (R03), on the civil-service final of a civil servant who is not a member. One violation, one row.</summary>
    private void AddDiscipline(BlocRun bloc)
    {
        foreach (int i in bloc.Rated)
        {
            var p = _people[i];
            if (p.Party == Grade.NotCompleted && !p.Revised && p.FailsTwiceFrom == 0
                && (!p.Staff || p.Civil == Grade.NotCompleted) && _rng.Chance(0.5))
            {
                p.PartyDiscipline = _rng.Pick(PartyDisciplines);
            }
        }

        foreach (int i in bloc.Staff)
        {
            var p = _people[i];
            if (!p.Member && p.Civil == Grade.NotCompleted && _rng.Chance(0.5))
            {
                p.CivilDiscipline = _rng.Pick(CivilDisciplines);
            }
        }
    }

    private int CountParty(BlocRun bloc, Grade grade) => bloc.Rated.Count(i => _people[i].Party == grade);

    private int CountCivil(BlocRun bloc, Grade grade) => bloc.Staff.Count(i => _people[i].Civil == grade);

    /// <summary>A random index of <paramref name="list"/> whose person fits, or -1.</summary>
    private int PickPerson(List<int> list, Func<Person, int, bool> fits)
    {
        int k = _rng.PickIndex(list, i => fits(_people[i], i));
        return k < 0 ? -1 : list[k];
    }
}
