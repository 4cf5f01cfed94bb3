namespace Analytics.Synthetic;

/// <summary>The province-level decisions taken before any member is drawn: every organisation's final
/// level per year (about 20% of grassroots organisations excellent each year, the calibration of
/// docs/rules.md), its state counterpart, front, mass organisations and collective in step with it (R04,
/// R06, R09), the districts' levels from their communes, and — when planting — the violation sites and
/// the formalistic units. Blocs then generate members consistent with these levels.</summary>
internal sealed partial class ProvincePlan
{
    private ProvincePlan(ProvinceLayout layout)
    {
        Layout = layout;
        int years = layout.Options.LastYear - layout.Options.FirstYear + 1;
        OrgYears = [.. layout.Blocs.Select(_ => new OrgYear?[years])];
        DistrictCommittee = [.. layout.Districts.Select(_ => new Grade[years])];
        DistrictGovernment = [.. layout.Districts.Select(_ => new Grade[years])];
        CellSignals = [.. layout.Blocs.Select(b => new FormalSignal[b.Cells.Count])];
        QuotaRiding = new bool[layout.Blocs.Count];
    }

    public ProvinceLayout Layout { get; }

    /// <summary>[bloc][year − FirstYear]; null when the bloc does not rate that year.</summary>
    public OrgYear?[][] OrgYears { get; }

    /// <summary>[district][year − FirstYear]; NotRated once the district is gone.</summary>
    public Grade[][] DistrictCommittee { get; }
    public Grade[][] DistrictGovernment { get; }

    /// <summary>[bloc][cell]: the formalism signal a cell is made to show, or None.</summary>
    public FormalSignal[][] CellSignals { get; }

    /// <summary>[bloc]: the grassroots organisation keeps HTXSNV at exactly 20% of HTTNV every year.</summary>
    public bool[] QuotaRiding { get; }

    public OrgYear? At(int bloc, int year) => OrgYears[bloc][year - Layout.Options.FirstYear];

    public static ProvincePlan Build(ProvinceLayout layout)
    {
        var plan = new ProvincePlan(layout);
        var options = layout.Options;
        var levels = SeedMixer.Random(options.Seed, SeedMixer.Levels, 0);
        foreach (int year in layout.Years)
        {
            plan.PlanOrganisations(levels, year);
        }

        if (options.Plant)
        {
            var plants = SeedMixer.Random(options.Seed, SeedMixer.Plants, 0);
            plan.AssignFormalism(plants);
            plan.AssignViolations(plants);
        }

        foreach (int year in layout.Years)
        {
            plan.PlanCollectives(levels, year);
            plan.PlanDistricts(levels, year);
        }

        return plan;
    }

    /// <summary>Exactly round(20%) of the organisations rating this year excellent, round(0.4%) not
    /// completed, round(6%) completed, the rest good; then each one's counterparts in step with it.</summary>
    private void PlanOrganisations(Random rng, int year)
    {
        var active = Layout.Blocs.Where(b => b.Rates(year)).Select(b => b.Index).ToArray();
        rng.Shuffle(active);
        int excellent = (int)Math.Round(active.Length * 0.20);
        int failed = (int)Math.Round(active.Length * 0.004);
        int completed = (int)Math.Round(active.Length * 0.06);
        for (int i = 0; i < active.Length; i++)
        {
            Grade org = i < excellent ? Grade.Excellent
                : i < excellent + failed ? Grade.NotCompleted
                : i < excellent + failed + completed ? Grade.Completed
                : Grade.Good;
            OrgYears[active[i]][year - Layout.Options.FirstYear] = new OrgYear { Org = org };
        }

        foreach (int b in active.Order())
        {
            var o = At(b, year)!;
            o.State = State(rng, o.Org);
            o.Front = Companion(rng, o.Org);
            o.Mass = [.. Layout.Blocs[b].MassOrgs.Select(_ => Companion(rng, o.Org))];
        }
    }

    /// <summary>The state side differs by less than two levels, and is at least good when the party
    /// side is excellent (R09); it is never KHTNV, which would need a failing civil servant (R05).</summary>
    internal static Grade State(Random rng, Grade org) => org switch
    {
        Grade.Excellent => rng.Chance(0.6) ? Grade.Excellent : Grade.Good,
        Grade.Good => rng.NextDouble() switch { < 0.05 => Grade.Completed, < 0.85 => Grade.Good, _ => Grade.Excellent },
        Grade.Completed => rng.Chance(0.6) ? Grade.Completed : Grade.Good,
        _ => Grade.Completed,
    };

    /// <summary>Front and mass organisations: good or better under an excellent party organisation (R04).</summary>
    private static Grade Companion(Random rng, Grade org) => org == Grade.Excellent
        ? (rng.Chance(0.7) ? Grade.Good : Grade.Excellent)
        : rng.NextDouble() switch { < 0.05 => Grade.Completed, < 0.80 => Grade.Good, _ => Grade.Excellent };

    /// <summary>The leadership collective follows its organisation; its head is never above it (R06),
    /// never KHTNV, unless a planted R06 already set both.</summary>
    private void PlanCollectives(Random rng, int year)
    {
        foreach (var bloc in Layout.Blocs)
        {
            if (At(bloc.Index, year) is not { } o || o.Plant == Rule.R06)
            {
                continue;
            }

            o.Collective = o.Org switch
            {
                Grade.Excellent => rng.Chance(0.5) ? Grade.Excellent : Grade.Good,
                Grade.Good => rng.Chance(0.9) ? Grade.Good : Grade.Completed,
                _ => Grade.Completed,
            };
            o.Head = o.Collective > Grade.Completed && rng.Chance(0.2) ? o.Collective - 1 : o.Collective;
        }
    }

    /// <summary>A district committee is excellent only when all its delivered communes are HTNV or better
    /// and 80% HTTNV or better (R04); its people's committee in step with it (R09).</summary>
    private void PlanDistricts(Random rng, int year)
    {
        if (year >= ProvinceLayout.ReformYear)
        {
            return; // districts end on 30 June 2025, before the 2025 ratings
        }

        int y = year - Layout.Options.FirstYear;
        foreach (var district in Layout.Districts)
        {
            var orgs = Layout.Blocs.Where(b => b.District == district.Index && b.Rates(year))
                .Select(b => At(b.Index, year)!).Where(o => o.Delivered).Select(o => o.Org).ToList();
            if (orgs.Count == 0)
            {
                continue;
            }

            bool mayExcel = orgs.All(g => g >= Grade.Completed) && orgs.Count(g => g >= Grade.Good) * 5 >= orgs.Count * 4;
            Grade committee = mayExcel && rng.Chance(0.3) ? Grade.Excellent : rng.Chance(0.9) ? Grade.Good : Grade.Completed;
            DistrictCommittee[district.Index][y] = committee;
            DistrictGovernment[district.Index][y] = State(rng, committee);
        }
    }
}
