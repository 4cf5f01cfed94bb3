namespace Analytics.Synthetic;

// Residence comments (Regulation 213-QĐ/TW) and the check that each formalistic unit shows its signal.
internal sealed partial class GroupGenerator
{
    /// <summary>One comment from the cell where a member lives.</summary>
    private readonly record struct ResidenceComment(int Person, int Cell, string Sentiment, string Comment);

    /// <summary>About 90% of a commune's members get a comment each year, mostly positive or none; a
    /// negative one only for a member rated HTNV or below, except in a cell that ignores feedback, where
    /// a third of its HTTNV-or-better members get one. Agencies' members live elsewhere: none.</summary>
    private List<ResidenceComment> DrawResidence(BlocRun bloc)
    {
        var comments = new List<ResidenceComment>();
        if (bloc.Plan.IsAgency)
        {
            return comments;
        }

        var villages = Enumerable.Range(0, bloc.Plan.Cells.Count).Where(c => bloc.Plan.Cells[c].Kind == CellKind.Village).ToList();
        for (int c = 0; c < bloc.Present.Length; c++)
        {
            var ignored = new HashSet<int>();
            if (bloc.Signals[c] == FormalSignal.IgnoredFeedback)
            {
                var good = bloc.Present[c].Where(i => _people[i].Party >= Grade.Good).ToArray();
                _rng.Shuffle(good);
                ignored.UnionWith(good.Take(Math.Max(3, (int)Math.Round(good.Length * 0.3))));
            }

            foreach (int i in bloc.Present[c])
            {
                var p = _people[i];
                int lives = bloc.Plan.Cells[c].Kind == CellKind.Village ? c : _rng.Pick(villages);
                if (ignored.Contains(i))
                {
                    comments.Add(new(i, lives, "negative", _rng.Pick(PhraseBank.ResidenceNegative)));
                    continue;
                }

                if (!_rng.Chance(0.9))
                {
                    continue;
                }

                string sentiment = p.Party is Grade.Completed or Grade.NotCompleted && _rng.Chance(0.5) ? "negative"
                    : _rng.Chance(0.78) ? "positive" : "none";
                string[] bank = sentiment switch
                {
                    "negative" => PhraseBank.ResidenceNegative,
                    "positive" => PhraseBank.ResidencePositive,
                    _ => PhraseBank.ResidenceNone,
                };
                comments.Add(new(i, lives, sentiment, _rng.Pick(bank)));
            }
        }

        return comments;
    }

    /// <summary>Records each formalistic unit of this bloc-year whose signal is really there.</summary>
    private void RecordFormalism(BlocRun bloc, int year, List<ResidenceComment> residence)
    {
        for (int c = 0; c < bloc.Present.Length; c++)
        {
            var signal = bloc.Signals[c];
            if (signal == FormalSignal.None)
            {
                continue;
            }

            var rated = RatedIn(bloc, c);
            int n = rated.Count;
            bool shows = signal switch
            {
                FormalSignal.RubberStamp => n >= 3 && rated.All(i => _people[i].PartySelf == _people[i].Party),
                FormalSignal.Inflation => n >= 3 && rated.Count(i => _people[i].PartySelf > _people[i].Party) >= 0.6 * n,
                FormalSignal.NoDifferentiation => n >= 3 && rated.All(i => _people[i].Party == Grade.Good),
                FormalSignal.Boilerplate => n >= 3,
                FormalSignal.IgnoredFeedback => residence.Count(r => r.Sentiment == "negative" && _people[r.Person].Cell == c
                    && bloc.Present[c].Contains(r.Person) && _people[r.Person].Party >= Grade.Good) >= 2,
                _ => false,
            };
            if (shows)
            {
                _result.Formalism.Add(new TruthFormalism(Year(year), bloc.Plan.CellCode(c), [FormalSignalNames.Name(signal)]));
            }
        }

        if (bloc.QuotaRiding)
        {
            int x = CountParty(bloc, Grade.Excellent), g = CountParty(bloc, Grade.Good);
            if (x > 0 && 5 * x == g)
            {
                _result.Formalism.Add(
                    new TruthFormalism(Year(year), bloc.Plan.OrgCode, [FormalSignalNames.Name(FormalSignal.QuotaRiding)]));
            }
        }
    }
}
