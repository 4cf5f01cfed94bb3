namespace Analytics.Synthetic;

// units.csv, people.csv and positions.csv of each bloc: the registry, written once per submission.
internal sealed partial class GroupGenerator
{
    private static readonly Dictionary<string, string> MassNames = new()
    {
        ["DTN"] = "Đoàn Thanh niên Cộng sản Hồ Chí Minh xã",
        ["HPN"] = "Hội Liên hiệp Phụ nữ xã",
        ["HND"] = "Hội Nông dân xã",
        ["CCB"] = "Hội Cựu chiến binh xã",
        ["CD"] = "Công đoàn cơ sở",
    };

    private void WriteRegistry(BlocRun bloc)
    {
        var plan = bloc.Plan;
        var files = bloc.Files!;
        var merged = plan.Successor >= 0 ? _blocs[^1].Plan : null;
        string prefix = plan.IsAgency ? "" : "xã ";
        string orgName = $"Đảng bộ {prefix}{plan.Name}";
        string from = files.Units.Date(plan.ValidFrom);
        string? to = files.Units.Date(plan.ValidTo);

        // The grassroots organisation; a commune that outlives the districts gets a second version under the province.
        string parent = plan.District >= 0 ? _layout.Districts[plan.District].CommitteeCode : ProvinceLayout.Province;
        if (plan.District >= 0 && _layout.HasReform && plan.Successor < 0)
        {
            Unit(files, plan.OrgCode, orgName, "grassroots_party_org", parent, plan.StateCode, plan.Code, from,
                files.Units.Date(ProvinceLayout.LastDayBeforeReform), null);
            Unit(files, plan.OrgCode, orgName, "grassroots_party_org", ProvinceLayout.Province, plan.StateCode, plan.Code,
                files.Units.Date(ProvinceLayout.ReformDate), null, null);
        }
        else
        {
            Unit(files, plan.OrgCode, orgName, "grassroots_party_org", parent, plan.StateCode, plan.Code, from, to, merged?.OrgCode);
        }

        for (int c = 0; c < plan.Cells.Count; c++)
        {
            Unit(files, plan.CellCode(c), plan.Cells[c].Name, "party_cell", plan.OrgCode, null, plan.Code, from, to,
                merged?.CellCode(MergedCellOf(bloc.Slot, c)));
        }

        if (plan.IsAgency)
        {
            Unit(files, plan.StateCode, plan.Name, "agency", plan.OrgCode, plan.OrgCode, plan.Code, from, to, null);
            Unit(files, plan.MassCode("CD"), $"Công đoàn cơ sở {plan.Name}", "mass_org", plan.OrgCode, null, plan.Code, from, to, null);
            Unit(files, plan.CollectiveCode, $"Tập thể lãnh đạo {plan.Name}", "leadership_collective", plan.StateCode, null, plan.Code,
                from, to, null);
        }
        else
        {
            Unit(files, plan.StateCode, $"Ủy ban nhân dân xã {plan.Name}", "government_body", plan.OrgCode, plan.OrgCode, plan.Code,
                from, to, merged?.StateCode);
            Unit(files, plan.FrontCode, $"Ủy ban Mặt trận Tổ quốc Việt Nam xã {plan.Name}", "fatherland_front", plan.OrgCode, null,
                plan.Code, from, to, merged?.FrontCode);
            foreach (string mass in plan.MassOrgs)
            {
                Unit(files, plan.MassCode(mass), $"{MassNames[mass]} {plan.Name}", "mass_org", plan.OrgCode, null, plan.Code, from, to,
                    merged?.MassCode(mass));
            }

            Unit(files, plan.CollectiveCode, $"Ban Thường vụ Đảng ủy xã {plan.Name}", "leadership_collective", plan.OrgCode, null,
                plan.Code, from, to, merged?.CollectiveCode);
        }

        _result.Units += plan.Cells.Count + 3 + plan.MassOrgs.Count + (plan.IsAgency ? 0 : 1);
        WritePeople(bloc);
    }

    private static void Unit(BlocFiles files, string code, string name, string kind, string? parent, string? counterpart,
        string area, string from, string? to, string? successor) =>
        files.Units.Row(code, name, kind, parent, counterpart, area, from, to, successor);

    /// <summary>Everyone who belongs to the bloc during its life, and their posts in it.</summary>
    private void WritePeople(BlocRun bloc)
    {
        var plan = bloc.Plan;
        var files = bloc.Files!;
        var people = files.People;
        var positions = files.Positions;
        var seen = new HashSet<int>();
        string? to = positions.Date(plan.ValidTo);
        for (int c = 0; c < bloc.CellMembers.Length; c++)
        {
            foreach (int i in bloc.CellMembers[c])
            {
                var p = _people[i];
                if (plan.ValidTo is { } end && p.Identity.Admitted > end)
                {
                    continue; // admitted after the commune was merged: listed by the successor only
                }

                seen.Add(i);
                WritePerson(people, p);
                var joined = p.Identity.Admitted!.Value > plan.ValidFrom ? p.Identity.Admitted.Value : plan.ValidFrom;
                positions.Row(p.Id, plan.CellCode(c), "member", positions.Date(joined), to);
            }
        }

        foreach (int i in bloc.Staff)
        {
            var p = _people[i];
            if (seen.Add(i))
            {
                WritePerson(people, p);
            }

            positions.Row(p.Id, plan.StateCode, "staff", positions.Date(plan.ValidFrom), to);
        }

        if (bloc.Head >= 0)
        {
            positions.Row(_people[bloc.Head].Id, plan.CollectiveCode, "head", positions.Date(plan.ValidFrom), to);
        }
    }

    private static void WritePerson(CsvFileWriter people, Person p)
    {
        var id = p.Identity;
        people.Row(id.Id, id.Name, id.BirthYear.ToString(System.Globalization.CultureInfo.InvariantCulture), people.Gender(id.Female),
            people.Bool(p.Member), people.Date(id.Admitted));
    }
}
