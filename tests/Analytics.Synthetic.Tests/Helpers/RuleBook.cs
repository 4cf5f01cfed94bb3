namespace Analytics.Synthetic.Tests.Helpers;

/// <summary>One finding as the tests compute it: rule, period, subject id.</summary>
internal readonly record struct Finding(string Rule, string Period, string Subject)
{
    public override string ToString() => $"{Rule} {Period} {Subject}";
}

/// <summary>The checks R01–R11 of docs/rules.md computed from scratch on a province read back from CSV, in
/// plain LINQ over final ratings (current revision). Written from the rule texts, not from the
/// generator: the generator's truth must agree with it. Rule-set years: R02 and R06 from 2023;
/// R01, R03, R04, R07, R08, R09 from 2018; R05, R10, R11 always.</summary>
internal sealed class RuleBook(ProvinceData data, IReadOnlyList<(string Period, string Unit)> expected)
{
    private readonly ILookup<(int, string, string), Rating> _finalsByRoleUnit =
        data.Finals.ToLookup(r => (r.Year, r.Role, r.Unit));

    private readonly Dictionary<(int, string), Rating> _unitFinals =
        data.Finals.Where(r => r.SubjectKind == "unit").ToDictionary(r => (r.Year, r.SubjectId));

    private readonly ILookup<(int, string), string> _children =
        data.Finals.Where(r => r.SubjectKind == "unit")
            .ToLookup(r => (r.Year, data.At(r.SubjectId, r.Year)?.Parent ?? ""), r => r.SubjectId);

    public HashSet<Finding> All()
    {
        var found = new HashSet<Finding>();
        foreach (int year in data.Finals.Select(r => r.Year).Distinct().Order())
        {
            Add(found, "R01", year, year >= 2018 ? R01(year) : []);
            Add(found, "R02", year, year >= 2023 ? R02(year) : []);
            Add(found, "R03", year, year >= 2018 ? R03(year) : []);
            Add(found, "R04", year, year >= 2018 ? R04(year) : []);
            Add(found, "R05", year, R05(year));
            Add(found, "R06", year, year >= 2023 ? R06(year) : []);
            Add(found, "R07", year, year >= 2018 ? R07(year) : []);
            Add(found, "R08", year, year >= 2018 ? R08(year) : []);
            Add(found, "R09", year, year >= 2018 ? R09(year) : []);
            Add(found, "R10", year, R10(year));
        }

        foreach (var (period, unit) in expected)
        {
            int year = int.Parse(period, System.Globalization.CultureInfo.InvariantCulture);
            bool delivered = data.Summaries.Any(s => s.Year == year && s.Unit == unit)
                || _unitFinals.ContainsKey((year, unit)) || _children[(year, unit)].Any();
            if (!delivered)
            {
                found.Add(new Finding("R11", period, unit));
            }
        }

        return found;
    }

    private static void Add(HashSet<Finding> found, string rule, int year, IEnumerable<string> subjects)
    {
        foreach (string s in subjects)
        {
            found.Add(new Finding(rule, year.ToString(System.Globalization.CultureInfo.InvariantCulture), s));
        }
    }

    private IEnumerable<Rating> Finals(int year, string role, string unit) => _finalsByRoleUnit[(year, role, unit)];

    private IEnumerable<Rating> Finals(int year, string role) => data.Finals.Where(r => r.Year == year && r.Role == role);

    private Rating? UnitFinal(int year, string code) => _unitFinals.GetValueOrDefault((year, code));

    /// <summary>Units rated this year whose parent (at year end) is <paramref name="code"/>.</summary>
    private List<string> Children(int year, string code) => [.. _children[(year, code)]];

    /// <summary>Party-member finals of the cells directly under an organisation (or the cell itself).</summary>
    private List<Rating> Members(int year, string unit)
    {
        string kind = data.At(unit, year)?.Kind ?? "";
        return kind switch
        {
            "party_cell" => [.. Finals(year, "party_member", unit)],
            "grassroots_party_org" => [.. Children(year, unit).SelectMany(c => Finals(year, "party_member", c))],
            "party_committee" => [.. Children(year, unit).SelectMany(o => Members(year, o))],
            _ => [],
        };
    }

    private IEnumerable<string> R01(int year)
    {
        foreach (var org in data.Finals
            .Where(r => r.Year == year && r.Role == "organisation" && data.At(r.SubjectId, year)?.Kind == "grassroots_party_org"))
        {
            var members = Members(year, org.SubjectId);
            if (5 * members.Count(m => m.Level == 4) > members.Count(m => m.Level == 3))
            {
                yield return org.SubjectId;
            }
        }

        foreach (var agency in Finals(year, "civil_servant").GroupBy(r => r.Unit))
        {
            if (5 * agency.Count(m => m.Level == 4) > agency.Count(m => m.Level == 3))
            {
                yield return agency.Key;
            }
        }
    }

    private IEnumerable<string> R02(int year)
    {
        foreach (var agency in Finals(year, "civil_servant").GroupBy(r => r.Unit))
        {
            string org = data.At(agency.Key, year)!.Counterpart;
            var members = Members(year, org).Where(m => m.Level > 0).ToList();
            var staff = agency.Where(m => m.Level > 0).ToList();
            if (members.Count > 0
                && (long)staff.Count(s => s.Level == 4) * members.Count > (long)members.Count(m => m.Level == 4) * staff.Count)
            {
                yield return agency.Key;
            }
        }
    }

    private IEnumerable<string> R03(int year)
    {
        var finals = data.Finals.Where(r => r.Year == year).ToList();
        foreach (var person in finals.Where(r => r.SubjectKind == "person").GroupBy(r => r.SubjectId))
        {
            if (person.Any(r => r.Discipline is not ("" or "none")) && person.Any(r => r.Level > 1))
            {
                yield return person.Key;
            }
        }

        var warned = finals.Where(r => r.SubjectKind == "person" && r.Discipline is "warning" or "removal" or "dismissal" or "expulsion")
            .Select(r => r.SubjectId).ToHashSet();
        var end = new DateOnly(year, 12, 31);
        foreach (var unit in finals.Where(r => r.SubjectKind == "unit" && r.Level > 1))
        {
            bool disciplined = unit.Discipline is not ("" or "none");
            bool memberWarned = data.At(unit.SubjectId, year)?.Kind == "leadership_collective"
                && data.Positions.Any(p => p.Unit == unit.SubjectId && p.From <= end && (p.To is null || p.To >= end)
                    && warned.Contains(p.Person));
            if (disciplined || memberWarned)
            {
                yield return unit.SubjectId;
            }
        }
    }

    private IEnumerable<string> R04(int year)
    {
        foreach (var unit in data.Finals.Where(r => r.Year == year && r.Role == "organisation" && r.Level == 4))
        {
            string kind = data.At(unit.SubjectId, year)!.Kind;
            List<int> levels;
            bool companions = true;
            if (kind == "party_cell")
            {
                levels = [.. Finals(year, "party_member", unit.SubjectId).Where(m => m.Level > 0).Select(m => m.Level)];
            }
            else if (kind is "grassroots_party_org" or "party_committee")
            {
                var children = Children(year, unit.SubjectId);
                levels = [.. children.Where(c => data.At(c, year)!.Kind is "party_cell" or "grassroots_party_org" or "party_committee")
                    .Select(c => UnitFinal(year, c)!.Level)];
                var sameLevel = children.Where(c => data.At(c, year)!.Kind is "fatherland_front" or "mass_org").ToList();
                string counterpart = data.At(unit.SubjectId, year)!.Counterpart;
                if (counterpart.Length > 0 && UnitFinal(year, counterpart) is { } state)
                {
                    companions &= state.Level >= 3;
                }

                companions &= sameLevel.All(c => UnitFinal(year, c)!.Level >= 3);
            }
            else
            {
                continue;
            }

            if (!companions || levels.Any(l => l < 2) || levels.Count(l => l >= 3) * 5 < levels.Count * 4)
            {
                yield return unit.SubjectId;
            }
        }
    }

    private IEnumerable<string> R05(int year)
    {
        foreach (var unit in data.Finals.Where(r => r.Year == year && r.SubjectKind == "unit" && r.Level == 1))
        {
            string kind = data.At(unit.SubjectId, year)!.Kind;
            List<Rating> individuals = kind switch
            {
                "party_cell" or "grassroots_party_org" or "party_committee" => Members(year, unit.SubjectId),
                "government_body" or "agency" => [.. Finals(year, "civil_servant", unit.SubjectId)],
                "leadership_collective" => [.. Finals(year, "leader", unit.SubjectId)],
                _ => [],
            };
            var rated = individuals.Where(i => i.Level > 0).ToList();
            if (rated.Count > 0 && rated.All(i => i.Level >= 3))
            {
                yield return unit.SubjectId;
            }
        }
    }

    private IEnumerable<string> R06(int year) =>
        Finals(year, "leader").Where(l => UnitFinal(year, l.Unit) is { } c && l.Level > c.Level).Select(l => l.SubjectId);

    private IEnumerable<string> R07(int year)
    {
        var civil = Finals(year, "civil_servant").Where(r => r.Level > 0).ToDictionary(r => r.SubjectId, r => r.Level);
        return Finals(year, "party_member")
            .Where(p => p.Level > 0 && civil.TryGetValue(p.SubjectId, out int c) && p.Level > c).Select(p => p.SubjectId);
    }

    private IEnumerable<string> R08(int year)
    {
        var before = data.Finals.Where(r => r.Year == year - 1 && r.SubjectKind == "person" && r.Level == 1)
            .Select(r => r.SubjectId).ToHashSet();
        return data.Finals.Where(r => r.Year == year && r.SubjectKind == "person" && r.Level == 1 && before.Contains(r.SubjectId))
            .Select(r => r.SubjectId);
    }

    private IEnumerable<string> R09(int year)
    {
        foreach (var party in data.Finals.Where(r => r.Year == year && r.Role == "organisation"
                     && data.At(r.SubjectId, year)!.Kind is "grassroots_party_org" or "party_committee"))
        {
            string counterpart = data.At(party.SubjectId, year)!.Counterpart;
            if (counterpart.Length > 0 && UnitFinal(year, counterpart) is { } state
                && (Math.Abs(party.Level - state.Level) >= 2 || (party.Level == 4 && state.Level < 3)))
            {
                yield return party.SubjectId;
            }
        }
    }

    private IEnumerable<string> R10(int year)
    {
        foreach (var table in data.Summaries.Where(s => s.Year == year).GroupBy(s => (s.Unit, s.Role)))
        {
            var detail = table.Key.Role == "party_member"
                ? Members(year, table.Key.Unit)
                : [.. Children(year, table.Key.Unit)
                    .Where(c => data.At(c, year)!.Kind == "grassroots_party_org").Select(c => UnitFinal(year, c)!)];
            var counted = detail.GroupBy(d => d.Level).ToDictionary(g => g.Key, g => g.Count());
            var reported = table.GroupBy(s => s.Level).ToDictionary(g => g.Key, g => g.Sum(s => s.Count));
            if (counted.Keys.Union(reported.Keys).Any(l => counted.GetValueOrDefault(l) != reported.GetValueOrDefault(l)))
            {
                yield return table.Key.Unit;
            }
        }
    }
}
