
namespace Analytics.Synthetic;

/// <summary>Generates one group of submissions (a commune, an agency, or the communes of a 2025 merger
/// and their successor) year by year: draws every person's levels consistent with the province's
/// plan and with every rule, applies the planted violation of the bloc-year if any, checks that each
/// plant and formalistic unit really shows what it should, and writes the six files per bloc as it
/// goes. One instance per group, one thread; its random streams derive from the seed and the group.</summary>
internal sealed partial class GroupGenerator
{
    private readonly ProvincePlan _plan;
    private readonly ProvinceLayout _layout;
    private readonly ProvinceOptions _options;
    private readonly GroupPlan _group;
    private readonly string _outDir;
    private readonly Random _rng;
    private readonly Random _bad;
    private readonly bool _badRows;
    private readonly List<Person> _people = [];
    private readonly BlocRun[] _blocs;
    private readonly GroupResult _result = new();

    private GroupGenerator(ProvincePlan plan, int group, string outDir)
    {
        _plan = plan;
        _layout = plan.Layout;
        _options = _layout.Options;
        _group = _layout.Groups[group];
        _outDir = outDir;
        _rng = SeedMixer.Random(_options.Seed, SeedMixer.Data, group);
        _bad = SeedMixer.Random(_options.Seed, SeedMixer.BadRows, group);
        _badRows = _options.Plant && _options.Messy;
        _blocs = [.. _group.AllBlocs.Select((b, slot) =>
            new BlocRun(_layout.Blocs[b], slot, plan.CellSignals[b], plan.QuotaRiding[b]))];
    }

    public static GroupResult Run(ProvincePlan plan, int group, string outDir) => new GroupGenerator(plan, group, outDir).Generate();

    private GroupResult Generate()
    {
        CreatePeople();
        try
        {
            foreach (var bloc in _blocs)
            {
                bloc.Files = OpenFiles(bloc);
                WriteRegistry(bloc);
            }

            foreach (int year in _layout.Years)
            {
                foreach (var person in _people)
                {
                    person.StartYear();
                }

                foreach (var bloc in _blocs.Where(b => b.Plan.Rates(year)))
                {
                    RateYear(bloc, year);
                }

                foreach (var person in _people)
                {
                    person.FailedLastYear = person.FailedThisYear;
                }
            }
        }
        finally
        {
            foreach (var bloc in _blocs)
            {
                _result.Rows += bloc.Files?.Rows ?? 0;
                bloc.Files?.Dispose();
            }
        }

        _result.Submissions = _blocs.Length;
        return _result;
    }

    private BlocFiles OpenFiles(BlocRun bloc)
    {
        int index = bloc.Plan.Index;
        var forced = index switch
        {
            0 => (DeliveredKind.Ratings, DeliveryStyle.Feature.Windows1258),
            1 => (DeliveredKind.Ratings, DeliveryStyle.Feature.Tcvn3),
            2 => (DeliveredKind.Ratings, DeliveryStyle.Feature.SemicolonAndVietnameseHeader),
            3 => (DeliveredKind.People, DeliveryStyle.Feature.Windows1258),
            _ => (DeliveredKind.Units, DeliveryStyle.Feature.None),
        };
        return new BlocFiles(Path.Combine(_outDir, bloc.Plan.Folder), bloc.Plan.Folder, _options.CodePrefix, kind =>
        {
            var random = SeedMixer.Random(_options.Seed, SeedMixer.Style, (index * 8) + (int)kind);
            var style = _options.Messy
                ? DeliveryStyle.Messy(random, kind, kind == forced.Item1 ? forced.Item2 : DeliveryStyle.Feature.None)
                : DeliveryStyle.Canonical;
            return (style, random);
        });
    }

    /// <summary>One bloc, one rating year: levels, balance, plant, units, selves; then the truth and the rows.</summary>
    private void RateYear(BlocRun bloc, int year)
    {
        var o = _plan.At(bloc.Plan.Index, year)!;
        CollectPresent(bloc, year);
        DrawCivil(bloc);
        DrawParty(bloc, year, o);
        Balance(bloc, o);
        AddDiscipline(bloc);
        var findings = new List<TruthViolation>();
        ApplyPlant(bloc, year, o, findings);
        GradeCells(bloc, o);
        DrawSelves(bloc);
        if (!o.Delivered)
        {
            findings.Add(Finding(Rule.R11, year, bloc.Plan.OrgCode, bloc.Plan.OrgCode,
                $"{bloc.Plan.Folder} delivered nothing for {year}"));
            _result.Violations.AddRange(findings);
            return;
        }

        var residence = DrawResidence(bloc);
        RecordFormalism(bloc, year, residence);
        WriteRatings(bloc, year, o);
        WriteSummary(bloc, year, o, findings);
        WriteResidence(bloc, year, residence);
        _result.Violations.AddRange(findings);
    }

    /// <summary>Who sits where this year: members admitted by 31 December are present; those admitted
    /// after 30 June are present but not rated (docs/rules.md: less than 6 months before period end).</summary>
    private void CollectPresent(BlocRun bloc, int year)
    {
        var endOfYear = new DateOnly(year, 12, 31);
        var ratedFrom = new DateOnly(year, 6, 30);
        bloc.Rated.Clear();
        for (int c = 0; c < bloc.CellMembers.Length; c++)
        {
            bloc.Present[c].Clear();
            bloc.CellForced[c] = false;
            foreach (int i in bloc.CellMembers[c])
            {
                var p = _people[i];
                if (p.Identity.Admitted > endOfYear)
                {
                    continue;
                }

                p.Cell = c;
                bloc.Present[c].Add(i);
                if (p.Identity.Admitted <= ratedFrom)
                {
                    bloc.Rated.Add(i);
                }
            }
        }

        bloc.CollectiveDiscipline = null;
    }

    private static TruthViolation Finding(
        Rule rule, int year, string subjectId, string unitCode, string note, string subjectKind = "unit") =>
        new(rule.ToString(), Year(year), subjectKind, subjectId, unitCode, note);

    private static string Year(int year) => year.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
