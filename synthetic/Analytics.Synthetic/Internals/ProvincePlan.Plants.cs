namespace Analytics.Synthetic;

// Where the truth is planted: formalistic cells and organisations, and one violation per chosen bloc-year.
internal sealed partial class ProvincePlan
{
    private static readonly Rule[] PlantOrder =
        [Rule.R08, Rule.R02, Rule.R06, Rule.R05, Rule.R04, Rule.R01, Rule.R07, Rule.R09, Rule.R03, Rule.R10, Rule.R11];

    /// <summary>Violations per rule: 5 in a small province, growing mildly with size, at most 30.</summary>
    public int PlantsPerRule => Math.Clamp(5 + (Layout.Options.Members / 20_000), 5, 30);

    /// <summary>About 2% of the cells (at least 10) per cell signal, and as many organisations riding the
    /// quota; never more than a third of the units that qualify, so a small province stays mostly healthy.</summary>
    private static int FormalCount(int population, int eligible) =>
        Math.Min(Math.Max(10, (int)Math.Round(population * 0.02)), Math.Max(1, eligible / 3));

    private void AssignFormalism(Random rng)
    {
        var cells = Layout.Blocs.SelectMany(b => b.Cells.Select((c, i) => (Bloc: b, Cell: i, c.Kind))).ToArray();
        rng.Shuffle(cells);
        (FormalSignal Signal, Func<BlocPlan, CellKind, bool> Fits)[] signals =
        [
            // All members on one level needs cells without civil servants, whose party level is capped by
            // their civil-service level (R07): village cells. Residence comments come from communes only.
            (FormalSignal.NoDifferentiation, (b, k) => !b.IsAgency && k == CellKind.Village),
            (FormalSignal.IgnoredFeedback, (b, _) => !b.IsAgency),
            (FormalSignal.RubberStamp, (_, _) => true),
            (FormalSignal.Inflation, (_, _) => true),
            (FormalSignal.Boilerplate, (_, _) => true),
        ];
        foreach (var (signal, fits) in signals)
        {
            int eligible = cells.Count(c => fits(c.Bloc, c.Kind) && CellSignals[c.Bloc.Index][c.Cell] == FormalSignal.None);
            int wanted = FormalCount(cells.Length, eligible);
            foreach (var c in cells)
            {
                if (wanted == 0)
                {
                    break;
                }

                if (fits(c.Bloc, c.Kind) && CellSignals[c.Bloc.Index][c.Cell] == FormalSignal.None)
                {
                    CellSignals[c.Bloc.Index][c.Cell] = signal;
                    wanted--;
                }
            }
        }

        // Quota riding is a yearly pattern: only communes that rate at least two years, never merged.
        var communes = Layout.Blocs.Where(b => b.Kind == BlocKind.Commune && b.LastYear > b.FirstYear).Select(b => b.Index).ToArray();
        rng.Shuffle(communes);
        foreach (int b in communes.Take(FormalCount(Layout.Blocs.Count, communes.Length)))
        {
            QuotaRiding[b] = true;
        }
    }

    private void AssignViolations(Random rng)
    {
        int first = Layout.Options.FirstYear;
        var sites = Layout.Blocs.SelectMany(b => Layout.Years.Where(b.Rates).Select(y => (Bloc: b, Year: y))).ToArray();
        rng.Shuffle(sites);
        foreach (Rule rule in PlantOrder)
        {
            int placed = 0;
            foreach (var (bloc, year) in sites)
            {
                if (placed == PlantsPerRule)
                {
                    break;
                }

                var o = At(bloc.Index, year)!;
                if (o.Reserved || !RuleYears.Applies(rule, year) || !Fits(rule, bloc, year, o))
                {
                    continue;
                }

                o.Plant = rule;
                Shape(rng, rule, o);
                if (rule == Rule.R08)
                {
                    At(bloc.Index, year - 1)!.FailsTwiceFrom = true;
                }

                placed++;
            }
        }

        bool Fits(Rule rule, BlocPlan bloc, int year, OrgYear o) => rule switch
        {
            // Raising members to HTXSNV needs rank-and-file members outside the civil service: communes.
            Rule.R01 => !QuotaRiding[bloc.Index] && !bloc.IsAgency,
            Rule.R04 => !QuotaRiding[bloc.Index],
            Rule.R02 => !QuotaRiding[bloc.Index] && bloc.Staff >= 8,
            // A failed cell whose members are all HTTNV or better: village cells, whose HTNV members are no
            // civil servants and can be raised without passing their civil-service level.
            Rule.R05 => !QuotaRiding[bloc.Index] && !bloc.IsAgency && o.Org is Grade.Good or Grade.Completed,
            Rule.R07 => bloc.StaffMembers >= 1,
            Rule.R08 => year - 1 >= first && bloc.Rates(year - 1) && !At(bloc.Index, year - 1)!.Reserved,
            _ => true,
        };
    }

    /// <summary>The organisation-level part of a plant (the member-level part is the bloc's work).</summary>
    private static void Shape(Random rng, Rule rule, OrgYear o)
    {
        switch (rule)
        {
            case Rule.R04 when o.Org == Grade.Good && rng.Chance(0.35):
                // The organisation excellent although more than 20% of its cells are only HTNV; its state,
                // front and mass organisations good or better, so R04 fails on the cells alone (and R09 holds).
                o.Variant = 1;
                o.Org = Grade.Excellent;
                o.State = o.State < Grade.Good ? Grade.Good : o.State;
                o.Front = o.Front < Grade.Good ? Grade.Good : o.Front;
                o.Mass = [.. o.Mass.Select(m => m < Grade.Good ? Grade.Good : m)];
                break;
            case Rule.R06:
                o.Collective = Grade.Completed;
                o.Head = Grade.Good;
                break;
            case Rule.R09 when rng.Chance(0.6):
                o.Org = Grade.Completed;
                o.State = Grade.Excellent;
                break;
            case Rule.R09:
                // State KHTNV: the bloc makes sure a civil servant is below HTTNV (R05 holds).
                o.Variant = 1;
                o.Org = Grade.Good;
                o.State = Grade.NotCompleted;
                break;
            case Rule.R11:
                o.Delivered = false;
                break;
        }
    }
}
