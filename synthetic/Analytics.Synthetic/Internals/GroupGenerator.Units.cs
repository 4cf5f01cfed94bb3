namespace Analytics.Synthetic;

// Cell levels from their members (R04), and the self-ratings and proposals behind every member's final.
internal sealed partial class GroupGenerator
{
    /// <summary>A cell may be HTXSNV only when its members allow it (R04); under an excellent organisation
    /// every cell is at least HTTNV (R04 for the organisation). Cells are never KHTNV unless planted.</summary>
    private void GradeCells(BlocRun bloc, OrgYear o)
    {
        for (int c = 0; c < bloc.CellFinal.Length; c++)
        {
            if (bloc.CellForced[c])
            {
                continue;
            }

            bool mayExcel = MayExcel(bloc, c);
            double r = _rng.NextDouble();
            bloc.CellFinal[c] = o.Org == Grade.Excellent
                ? (mayExcel && r < 0.35 ? Grade.Excellent : Grade.Good)
                : mayExcel
                    ? (r < 0.22 ? Grade.Excellent : r < 0.94 ? Grade.Good : Grade.Completed)
                    : (r < 0.85 ? Grade.Good : Grade.Completed);
        }
    }

    /// <summary>Self-ratings: equal to the final for most members, one level above for about one in six,
    /// below for a few; a rubber-stamp cell copies the final, an inflating one claims a level more. A
    /// healthy cell has some members whose self-rating differs and not too many above.</summary>
    private void DrawSelves(BlocRun bloc)
    {
        for (int c = 0; c < bloc.Present.Length; c++)
        {
            var signal = bloc.Signals[c];
            var rated = RatedIn(bloc, c);
            foreach (int i in rated)
            {
                var p = _people[i];
                Grade first = p.Revised ? p.PartyOriginal : p.Party;
                double r = _rng.NextDouble();
                p.PartySelf = signal switch
                {
                    FormalSignal.RubberStamp => first,
                    FormalSignal.Inflation => GradeMath.Up(first),
                    _ when first == Grade.NotCompleted => r < 0.6 ? Grade.Completed : Grade.NotCompleted,
                    _ => r < 0.78 ? first : r < 0.95 ? GradeMath.Up(first) : GradeMath.Down(first),
                };
                p.PartyProposed = signal == FormalSignal.RubberStamp || _rng.Chance(0.85) ? first : p.PartySelf;
            }

            if (signal is not (FormalSignal.RubberStamp or FormalSignal.Inflation) && rated.Count >= 6)
            {
                VarySelves(rated);
            }
        }

        foreach (int i in bloc.Staff)
        {
            var p = _people[i];
            double r = _rng.NextDouble();
            p.CivilSelf = r < 0.8 ? p.Civil : r < 0.95 ? GradeMath.Up(p.Civil) : GradeMath.Down(p.Civil);
        }
    }

    private void VarySelves(List<int> rated)
    {
        Grade First(Person p) => p.Revised ? p.PartyOriginal : p.Party;
        int differ = rated.Count(i => _people[i].PartySelf != First(_people[i]));
        int need = Math.Max(2, (int)Math.Round(rated.Count * 0.1));
        while (differ < need)
        {
            int i = PickPerson(rated, (p, _) => p.PartySelf == First(p));
            if (i < 0)
            {
                break;
            }

            var p = _people[i];
            p.PartySelf = First(p) == Grade.Excellent ? Grade.Good : GradeMath.Up(First(p));
            differ++;
        }

        int above = rated.Count(i => _people[i].PartySelf > First(_people[i]));
        while (above > rated.Count * 0.45)
        {
            int i = PickPerson(rated, (p, _) => p.PartySelf > First(p));
            _people[i].PartySelf = First(_people[i]);
            above--;
        }
    }
}
