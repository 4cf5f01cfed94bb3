namespace Analytics.Synthetic;

// After the draw, the levels are brought in line with every rule that ties them together, in an order
// where no step undoes an earlier one: caps (R07), the excellent quota (R01, kept strictly below the
// ceiling so healthy organisations never look like quota riders), variety inside cells, a member below
// HTTNV under a failing organisation (R05), quota riding where planted, and the civil-service share (R02).
internal sealed partial class GroupGenerator
{
    private void Balance(BlocRun bloc, OrgYear o)
    {
        // R07: the party level never exceeds the civil-service level of the same person.
        foreach (int i in bloc.Rated)
        {
            var p = _people[i];
            if (p.Staff && p.Party > p.Civil)
            {
                p.Party = p.Civil;
            }

            if (bloc.QuotaRiding && p.Staff && p.Party == Grade.Excellent)
            {
                p.Party = Grade.Good;
            }
        }

        if (!bloc.QuotaRiding)
        {
            StrictQuota(bloc);
        }

        Vary(bloc);
        if (o.Org == Grade.NotCompleted && !bloc.Rated.Any(i => _people[i].Party is Grade.Completed or Grade.NotCompleted))
        {
            DemoteOneBelowGood(bloc, i => Movable(bloc, i) && !bloc.Formal(_people[i].Cell));
        }

        if (bloc.QuotaRiding)
        {
            RideQuota(bloc);
        }

        KeepStateShare(bloc);
        if (o.State == Grade.NotCompleted && !bloc.Staff.Any(i => _people[i].Civil is Grade.Completed or Grade.NotCompleted))
        {
            // A state body rated KHTNV (planted R09) keeps a civil servant below HTTNV, so R05 holds.
            int s = PickPerson(bloc.Staff, (p, _) => !p.Member && p.Civil == Grade.Good)
                is var k and >= 0 ? k : PickPerson(bloc.Staff, (p, _) => !p.Member && p.Civil == Grade.Excellent);
            if (s >= 0)
            {
                _people[s].Civil = Grade.Completed;
            }
        }
    }

    /// <summary>R01 with room to spare: 5 × HTXSNV &lt; HTTNV (or no HTXSNV at all).</summary>
    private void StrictQuota(BlocRun bloc)
    {
        int x = CountParty(bloc, Grade.Excellent), g = CountParty(bloc, Grade.Good);
        while (x > 0 && 5 * x >= g)
        {
            int i = PickPerson(bloc.Rated, (p, _) => p.Party == Grade.Excellent);
            _people[i].Party = Grade.Good;
            x--;
            g++;
        }
    }

    /// <summary>No healthy cell of five or more rated members has them all on one level.</summary>
    private void Vary(BlocRun bloc)
    {
        for (int c = 0; c < bloc.Present.Length; c++)
        {
            if (bloc.Formal(c))
            {
                continue;
            }

            var rated = bloc.Present[c].Where(i => _people[i].Party != Grade.NotRated).ToList();
            if (rated.Count < 5 || rated.Any(i => _people[i].Party != _people[rated[0]].Party))
            {
                continue;
            }

            int x = CountParty(bloc, Grade.Excellent), g = CountParty(bloc, Grade.Good);
            Grade level = _people[rated[0]].Party;
            int pick;
            if (level == Grade.Good && 5 * (x + 1) < g - 1
                && (pick = PickPerson(rated, (p, i) => Movable(bloc, i) && !p.Staff)) >= 0)
            {
                _people[pick].Party = Grade.Excellent;
            }
            else if (level == Grade.Good && (x == 0 || 5 * x < g - 1)
                && (pick = PickPerson(rated, (p, i) => Movable(bloc, i))) >= 0)
            {
                _people[pick].Party = Grade.Completed;
            }
            else if (level == Grade.Excellent && (pick = PickPerson(rated, (p, i) => Movable(bloc, i))) >= 0)
            {
                _people[pick].Party = Grade.Good;
            }
            else if (level == Grade.Completed
                && (pick = PickPerson(rated, (p, i) => Movable(bloc, i) && (!p.Staff || p.Civil >= Grade.Good))) >= 0)
            {
                _people[pick].Party = Grade.Good;
            }
        }
    }

    /// <summary>Moves one member below HTTNV without breaking the strict quota: an HTTNV when there is
    /// room, otherwise an HTXSNV.</summary>
    private void DemoteOneBelowGood(BlocRun bloc, Func<int, bool> allowed)
    {
        int x = CountParty(bloc, Grade.Excellent), g = CountParty(bloc, Grade.Good);
        int pick = x == 0 || 5 * x < g - 1 ? PickPerson(bloc.Rated, (p, i) => p.Party == Grade.Good && allowed(i)) : -1;
        if (pick < 0)
        {
            pick = PickPerson(bloc.Rated, (p, i) => p.Party == Grade.Excellent && allowed(i));
        }

        if (pick >= 0)
        {
            _people[pick].Party = Grade.Completed;
        }
    }

    /// <summary>Quota riding (planted): HTXSNV exactly 20% of HTTNV. HTTNV-or-better is first made a
    /// multiple of six (the spare ones HTNV), then split one to five.</summary>
    private void RideQuota(BlocRun bloc)
    {
        int total = bloc.Rated.Count(i => _people[i].Party >= Grade.Good);
        for (int spare = total % 6; spare > 0; spare--)
        {
            int i = PickPerson(bloc.Rated, (p, i) => p.Party == Grade.Good && Movable(bloc, i));
            if (i < 0)
            {
                return;
            }

            _people[i].Party = Grade.Completed;
            total--;
        }

        int target = total / 6;
        int x = CountParty(bloc, Grade.Excellent);
        while (x != target)
        {
            int i = x < target
                ? PickPerson(bloc.Rated, (p, i) => p.Party == Grade.Good && !p.Staff && Movable(bloc, i))
                : PickPerson(bloc.Rated, (p, i) => p.Party == Grade.Excellent && !p.Pinned);
            if (i < 0)
            {
                return;
            }

            _people[i].Party = x < target ? Grade.Excellent : Grade.Good;
            x += x < target ? 1 : -1;
        }
    }

    /// <summary>R02: the state body's share of HTXSNV civil servants does not exceed the HTXSNV share of
    /// the organisation's members. Civil servants whose party level is below HTXSNV step down first; if
    /// only excellent members remain, both of their levels do.</summary>
    private void KeepStateShare(BlocRun bloc)
    {
        int members = bloc.Rated.Count, staff = bloc.Staff.Count;
        int xPm = CountParty(bloc, Grade.Excellent), xCs = CountCivil(bloc, Grade.Excellent);
        while ((long)xCs * members > (long)xPm * staff)
        {
            int i = PickPerson(bloc.Staff, (p, _) => p.Civil == Grade.Excellent && p.Party != Grade.Excellent);
            if (i >= 0)
            {
                _people[i].Civil = Grade.Good;
                xCs--;
                continue;
            }

            i = PickPerson(bloc.Staff, (p, _) => p.Civil == Grade.Excellent && !bloc.QuotaRiding);
            if (i < 0)
            {
                return;
            }

            _people[i].Civil = Grade.Good;
            _people[i].Party = Grade.Good;
            xCs--;
            xPm--;
        }
    }
}
