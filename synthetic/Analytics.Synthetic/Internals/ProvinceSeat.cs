using System.Globalization;

namespace Analytics.Synthetic;

/// <summary>The province's own submission, <c>tinh/</c>: the Provincial Party Committee (TU), its Standing
/// Committee and head, the districts before 1 July 2025 (party committee and people's committee, in step
/// with their communes by R04 and R09), and TU's summary table of the grassroots organisations directly
/// under it (role organisation). Written in canonical form: the province's own system exports cleanly.</summary>
internal static class ProvinceSeat
{
    public const string Folder = "tinh";
    private const string Collective = "TU-BTV";

    public static GroupResult Write(ProvincePlan plan, string outDir)
    {
        var layout = plan.Layout;
        var options = layout.Options;
        var rng = SeedMixer.Random(options.Seed, SeedMixer.Seat, 0);
        var result = new GroupResult { Submissions = 1 };
        using var files = new BlocFiles(Path.Combine(outDir, Folder), Folder, options.CodePrefix,
            _ => (DeliveryStyle.Canonical, SeedMixer.Random(options.Seed, SeedMixer.Seat, 1)));
        string from = files.Units.Date(layout.BaseDate);
        files.Units.Row(ProvinceLayout.Province, $"Tỉnh ủy {layout.ProvinceName}", "party_committee", null, null, ProvinceLayout.Province,
            from, null, null);
        files.Units.Row(Collective, $"Ban Thường vụ Tỉnh ủy {layout.ProvinceName}", "leadership_collective", ProvinceLayout.Province, null,
            ProvinceLayout.Province, from, null, null);
        string? end = layout.HasReform ? files.Units.Date(ProvinceLayout.LastDayBeforeReform) : null;
        foreach (var d in layout.Districts)
        {
            files.Units.Row(d.CommitteeCode, $"Huyện ủy {d.Name}", "party_committee", ProvinceLayout.Province, d.GovernmentCode, d.Code,
                from, end, null);
            files.Units.Row(d.GovernmentCode, $"Ủy ban nhân dân huyện {d.Name}", "government_body", d.CommitteeCode, d.CommitteeCode,
                d.Code, from, end, null);
        }

        result.Units = 2 + (2 * layout.Districts.Count);
        var head = layout.ProvinceHead;
        files.People.Row(head.Id, head.Name, head.BirthYear.ToString(CultureInfo.InvariantCulture), files.People.Gender(head.Female),
            "true", files.People.Date(head.Admitted));
        files.Positions.Row(head.Id, Collective, "head", from, null);

        foreach (int year in layout.Years)
        {
            string y = year.ToString(CultureInfo.InvariantCulture);
            Steps(files.Ratings, rng, $"TU-{y}-DV-TU", year, "unit", ProvinceLayout.Province, ProvinceLayout.Province, "organisation",
                Grade.Good);
            Steps(files.Ratings, rng, $"TU-{y}-DV-BTV", year, "unit", Collective, Collective, "collective", Grade.Good);
            Steps(files.Ratings, rng, $"TU-{y}-LD-{head.Id}", year, "person", head.Id, Collective, "leader", Grade.Good);
            foreach (var d in layout.Districts)
            {
                Grade committee = plan.DistrictCommittee[d.Index][year - options.FirstYear];
                if (committee == Grade.NotRated)
                {
                    continue;
                }

                Steps(files.Ratings, rng, $"TU-{y}-DV-{d.GovernmentCode}", year, "unit", d.GovernmentCode, d.GovernmentCode, "organisation",
                    plan.DistrictGovernment[d.Index][year - options.FirstYear]);
                Steps(files.Ratings, rng, $"TU-{y}-DV-{d.CommitteeCode}", year, "unit", d.CommitteeCode, d.CommitteeCode, "organisation",
                    committee);
            }

            WriteSummary(plan, files.Summaries, year);
        }

        result.Rows = files.Rows;
        return result;
    }

    /// <summary>TU's table: its directly subordinate grassroots organisations that delivered, per level.</summary>
    private static void WriteSummary(ProvincePlan plan, CsvFileWriter w, int year)
    {
        var counts = new int[5];
        foreach (var bloc in plan.Layout.Blocs)
        {
            if (bloc.Rates(year) && (bloc.District < 0 || year >= ProvinceLayout.ReformYear)
                && plan.At(bloc.Index, year) is { Delivered: true } o)
            {
                counts[(int)o.Org]++;
            }
        }

        foreach (Grade g in (Grade[])[Grade.Excellent, Grade.Good, Grade.Completed, Grade.NotCompleted])
        {
            w.Row(year.ToString(CultureInfo.InvariantCulture), ProvinceLayout.Province, "organisation", GradeMath.Code(g),
                counts[(int)g].ToString(CultureInfo.InvariantCulture));
        }
    }

    private static void Steps(
        CsvFileWriter w, Random rng, string id, int year, string kind, string subject, string unit, string role, Grade final)
    {
        Grade self = rng.Chance(0.7) ? final : GradeMath.Up(final);
        foreach (var (channel, grade, month) in
            (ReadOnlySpan<(string, Grade, int)>)[("self", self, 12), ("proposed", final, 1), ("final", final, 2)])
        {
            int decided = month == 12 ? year : year + 1;
            string? score = year >= GradeMath.FirstScoredYear ? GradeMath.Score(grade, rng, '.') : null;
            w.Row(id + "-" + channel[..1].ToUpperInvariant(), year.ToString(CultureInfo.InvariantCulture),
                kind, subject, unit, role, channel,
                GradeMath.Code(grade), score, null, null, w.Date(new DateOnly(decided, month, rng.Between(1, 28))), "0");
        }
    }
}
