namespace Analytics.Synthetic;

/// <summary>The shape of the province: districts, communes (and the 2025 mergers), provincial agencies,
/// their cells and staff, and the groups they are generated in. Everything here is decided by the
/// layout stream of the seed alone, before any rating is drawn.</summary>
internal sealed partial class ProvinceLayout
{
    public static readonly DateOnly ReformDate = new(2025, 7, 1);
    public static readonly DateOnly LastDayBeforeReform = new(2025, 6, 30);
    public const int ReformYear = 2025;
    public const string Province = "TU";

    private ProvinceLayout(ProvinceOptions options) => Options = options;

    public ProvinceOptions Options { get; }
    public string ProvinceName { get; private set; } = "";
    public List<DistrictPlan> Districts { get; } = [];
    public List<BlocPlan> Blocs { get; } = [];
    public List<GroupPlan> Groups { get; } = [];

    /// <summary>The head of the provincial Standing Committee: a member of the first agency's office cell.</summary>
    public PersonIdentity ProvinceHead { get; private set; } = null!;

    /// <summary>Districts exist in the data (some rating year before 2025).</summary>
    public bool HasDistricts => Options.FirstYear < ReformYear;

    /// <summary>The 1 July 2025 reform falls inside the rating years: districts end, communes merge.</summary>
    public bool HasReform => HasDistricts && Options.LastYear >= ReformYear;

    /// <summary>valid_from of every unit that exists before the first rating year.</summary>
    public DateOnly BaseDate => new(Math.Min(Options.FirstYear, 2021) - 1, 1, 1);

    public IEnumerable<int> Years => Enumerable.Range(Options.FirstYear, Options.LastYear - Options.FirstYear + 1);

    public static ProvinceLayout Build(ProvinceOptions options)
    {
        var layout = new ProvinceLayout(options);
        var rng = SeedMixer.Random(options.Seed, SeedMixer.Layout, 0);
        List<string> places = PlaceNames.ShuffledPlaces(rng);
        int nextPlace = 0;
        layout.ProvinceName = places[nextPlace++];

        int agencyMembers = (int)Math.Round(options.Members * 0.22);
        int communeMembers = options.Members - agencyMembers;
        int communeAverage = Math.Clamp(options.Members / 500, 150, 500);
        int agencyAverage = Math.Clamp(options.Members / 1500, 60, 250);
        int communeCount = Math.Max(2, (int)Math.Round(communeMembers / (double)communeAverage));
        int agencyCount = Math.Max(2, (int)Math.Round(agencyMembers / (double)agencyAverage));
        int[] agencySizes = Split(rng, agencyMembers, agencyCount, 12);
        int[] communeSizes = Split(rng, communeMembers, communeCount, 40);

        List<string> agencyNames = PlaceNames.Agencies(agencyCount, places, rng);
        for (int a = 0; a < agencyCount; a++)
        {
            layout.AddAgency(rng, a, agencyNames[a], agencySizes[a]);
        }

        int districtCount = layout.HasDistricts ? Math.Max(1, (int)Math.Round(communeCount / 15.0)) : 0;
        for (int d = 0; d < districtCount; d++)
        {
            layout.Districts.Add(new DistrictPlan(d, $"H{d + 1:00}", places[nextPlace++]));
        }

        int codeWidth = Math.Max(3, (communeCount * 2).ToString(System.Globalization.CultureInfo.InvariantCulture).Length);
        var communes = new List<int>();
        for (int c = 0; c < communeCount; c++)
        {
            int district = districtCount == 0 ? -1 : c * districtCount / communeCount;
            var code = $"X{(c + 1).ToString(new string('0', codeWidth), System.Globalization.CultureInfo.InvariantCulture)}";
            communes.Add(layout.AddCommune(rng, code,
                places[nextPlace++], district, communeSizes[c]));
        }

        layout.FormGroups(rng, communes, places, ref nextPlace, codeWidth);
        layout.ProvinceHead = new PersonIdentity(PersonIdentity.MemberId(2), VietnameseNames.Full(rng, false),
            false, rng.Between(1966, 1972), rng.Date(new DateOnly(1990, 1, 1), new DateOnly(1996, 12, 31)));
        return layout;
    }

    /// <summary>The communes of each district in order, some merged in twos and threes on 1 July 2025.</summary>
    private void FormGroups(Random rng, List<int> communes, List<string> places, ref int nextPlace, int codeWidth)
    {
        var agencies = Blocs.Where(b => b.IsAgency).Select(b => b.Index).ToList();
        var plans = new List<(List<int> Old, bool Merge)>();
        plans.AddRange(agencies.Select(a => (new List<int> { a }, false)));
        int i = 0;
        while (i < communes.Count)
        {
            int district = Blocs[communes[i]].District;
            int sameDistrict = 1;
            while (i + sameDistrict < communes.Count && Blocs[communes[i + sameDistrict]].District == district)
            {
                sameDistrict++;
            }

            int size = 1;
            if (HasReform && sameDistrict >= 2 && rng.Chance(0.5))
            {
                size = sameDistrict >= 3 && rng.Chance(0.35) ? 3 : 2;
            }

            plans.Add((communes.GetRange(i, size), size > 1));
            i += size;
        }

        int nextCode = communes.Count + 1;
        int memberNumber = 1, staffNumber = 1;
        foreach (var (old, merge) in plans)
        {
            int merged = -1;
            if (merge)
            {
                string code = "X" + nextCode++.ToString(new string('0', codeWidth), System.Globalization.CultureInfo.InvariantCulture);
                merged = AddMerged(code, places[nextPlace++], old);
            }

            var group = new GroupPlan(Groups.Count, old, merged, memberNumber, staffNumber);
            foreach (int b in group.AllBlocs)
            {
                Blocs[b].Group = group.Index;
            }

            memberNumber += old.Sum(b => Blocs[b].Members);
            staffNumber += old.Sum(b => Blocs[b].Staff - Blocs[b].StaffMembers);
            Groups.Add(group);
        }
    }

    /// <summary><paramref name="total"/> split into <paramref name="parts"/> sizes of about total/parts
    /// (±40%), none below <paramref name="minimum"/>, summing exactly to the total.</summary>
    internal static int[] Split(Random rng, int total, int parts, int minimum)
    {
        double[] weights = [.. Enumerable.Range(0, parts).Select(_ => rng.Uniform(0.6, 1.4))];
        double sum = weights.Sum();
        int spare = total - (minimum * parts);
        if (spare < 0)
        {
            throw new ArgumentOutOfRangeException(
                nameof(total), total, $"{total} cannot be split into {parts} parts of at least {minimum}.");
        }

        int[] sizes = [.. weights.Select(w => minimum + (int)Math.Floor(spare * w / sum))];
        int left = total - sizes.Sum();
        for (int k = 0; left > 0; k = (k + 1) % parts, left--)
        {
            sizes[k]++;
        }

        return sizes;
    }
}
