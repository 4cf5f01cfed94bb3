using static Analytics.Synthetic.LevelSpeller;

namespace Analytics.Synthetic;

// summaries.csv (the organisation's biểu tổng hợp, equal to the detail unless R10 is planted) and residence.csv.
internal sealed partial class GroupGenerator
{
    private static readonly Grade[] SummaryOrder = [Grade.Excellent, Grade.Good, Grade.Completed, Grade.NotCompleted, Grade.NotRated];

    private readonly HashSet<int> _forcedSpoiled = [];

    /// <summary>Counts per level (not_rated included) of the members' current finals, role party_member.</summary>
    private void WriteSummary(BlocRun bloc, int year, OrgYear o, List<TruthViolation> findings)
    {
        var counts = new int[5];
        foreach (var cell in bloc.Present)
        {
            foreach (int i in cell)
            {
                counts[(int)_people[i].Party]++;
            }
        }

        if (o.Plant == Rule.R10)
        {
            int good = counts[(int)Grade.Good];
            if (counts[(int)Grade.Completed] > 0 && _rng.Chance(0.5))
            {
                counts[(int)Grade.Completed]--;
                counts[(int)Grade.Good]++;
            }
            else
            {
                counts[(int)Grade.Good] += _rng.Between(1, 3);
            }

            findings.Add(Finding(Rule.R10, year, bloc.Plan.OrgCode, bloc.Plan.OrgCode,
                $"summary says {counts[(int)Grade.Good]} members HTTNV, the individual ratings {good}"));
        }

        var w = bloc.Files!.Summaries;
        foreach (Grade g in SummaryOrder)
        {
            w.Row(Year(year), bloc.Plan.OrgCode, "party_member", w.Level(g, year, Legacy.Member),
                counts[(int)g].ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    private void WriteResidence(BlocRun bloc, int year, List<ResidenceComment> comments)
    {
        var w = bloc.Files!.Residence;
        foreach (var c in comments)
        {
            w.Row(Year(year), _people[c.Person].Id, bloc.Plan.CellCode(c.Cell), w.Sentiment(c.Sentiment), c.Comment);
        }
    }
}
