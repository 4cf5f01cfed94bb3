namespace Analytics.Synthetic;

// The blocs: agencies, communes and merged communes, with their cells and staff.
internal sealed partial class ProvinceLayout
{
    private static readonly string[] CommuneMassOrgs = ["DTN", "HPN", "HND", "CCB"];

    private static readonly string[] Departments =
        ["Văn phòng", "Phòng Tổ chức - Hành chính", "Phòng Kế hoạch - Tài chính", "Phòng Nghiệp vụ",
         "Phòng Thanh tra - Pháp chế", "Phòng Quản lý chuyên ngành", "Phòng Tổng hợp", "Phòng Chuyển đổi số"];

    private void AddAgency(Random rng, int index, string name, int members)
    {
        // All but the head are civil servants; in the first agency (the Provincial Committee's office) the
        // province head is a member of the office cell too, and no civil servant of the office.
        int staffMembers = members - (index == 0 ? 2 : 1);
        int staff = (int)Math.Round(staffMembers / 0.4);         // about 40% of civil servants are members
        int cellCount = Math.Max(1, (int)Math.Round(members / 30.0));
        int[] sizes = Split(rng, members, cellCount, Math.Min(6, members / cellCount));
        var cells = new List<CellPlan>();
        for (int c = 0; c < cellCount; c++)
        {
            string department = c < Departments.Length ? Departments[c] : $"Phòng Nghiệp vụ {c - Departments.Length + 2}";
            cells.Add(new CellPlan(c == 0 ? CellKind.Office : CellKind.Department, $"Chi bộ {department}", sizes[c]));
        }

        Blocs.Add(new BlocPlan
        {
            Index = Blocs.Count,
            Code = $"S{index + 1:000}",
            Folder = PlaceNames.Slug(name),
            Kind = BlocKind.Agency,
            Name = name,
            District = -1,
            FirstYear = Options.FirstYear,
            LastYear = Options.LastYear,
            ValidFrom = BaseDate,
            Members = members,
            Staff = staff,
            StaffMembers = staffMembers,
            Cells = cells,
            MassOrgs = ["CD"],
        });
    }

    private int AddCommune(Random rng, string code, string name, int district, int members)
    {
        int staff = Math.Clamp((int)Math.Round(members / 12.0), 10, 35);
        int staffMembers = Math.Min((int)Math.Round(staff * 0.4), members - 20);
        int office = 1 + staffMembers + rng.Between(2, 6);
        int police = members >= 120 ? rng.Between(6, 12) : 0;
        int military = members >= 120 ? rng.Between(6, 12) : 0;
        int rest = members - office - police - military;
        var cells = new List<CellPlan> { new(CellKind.Office, "Chi bộ Cơ quan Đảng - Chính quyền xã", office) };
        if (police > 0)
        {
            cells.Add(new CellPlan(CellKind.Police, "Chi bộ Công an xã", police));
            cells.Add(new CellPlan(CellKind.Military, "Chi bộ Quân sự xã", military));
        }

        int villages = Math.Max(1, (int)Math.Round(rest / 30.0));
        int[] sizes = Split(rng, rest, villages, Math.Min(8, rest / villages));
        string hamlet = rng.Pick((string[])["thôn", "ấp", "khu phố", "bản"]);
        for (int v = 0; v < villages; v++)
        {
            cells.Add(new CellPlan(CellKind.Village, $"Chi bộ {hamlet} {v + 1}", sizes[v]));
        }

        int mass = rng.Between(2, 3);
        string[] massOrgs = [.. CommuneMassOrgs.OrderBy(_ => rng.Next()).Take(mass).Order(StringComparer.Ordinal)];
        Blocs.Add(new BlocPlan
        {
            Index = Blocs.Count,
            Code = code,
            Folder = "xa-" + PlaceNames.Slug(name),
            Kind = BlocKind.Commune,
            Name = name,
            District = district,
            FirstYear = Options.FirstYear,
            LastYear = Options.LastYear,
            ValidFrom = BaseDate,
            Members = members,
            Staff = staff,
            StaffMembers = staffMembers,
            Cells = cells,
            MassOrgs = massOrgs,
        });
        return Blocs.Count - 1;
    }

    /// <summary>The commune born on 1 July 2025 of <paramref name="old"/>: one office cell for all of them,
    /// every village cell carried on, the staff and the mass organisations pooled. The old communes stop
    /// rating after 2024 and point to it as their successor.</summary>
    private int AddMerged(string code, string name, List<int> old)
    {
        int index = Blocs.Count;
        var cells = new List<CellPlan>
        {
            new(CellKind.Office, "Chi bộ Cơ quan Đảng - Chính quyền xã", old.Sum(b => Blocs[b].Cells[0].Size)),
        };
        foreach (int b in old)
        {
            cells.AddRange(Blocs[b].Cells.Skip(1));
        }

        foreach (int b in old)
        {
            Blocs[b] = Blocs[b] with { LastYear = ReformYear - 1, ValidTo = LastDayBeforeReform, Successor = index };
        }

        Blocs.Add(new BlocPlan
        {
            Index = index,
            Code = code,
            Folder = "xa-" + PlaceNames.Slug(name),
            Kind = BlocKind.MergedCommune,
            Name = name,
            District = -1,
            FirstYear = ReformYear,
            LastYear = Options.LastYear,
            ValidFrom = ReformDate,
            Members = 0,
            Staff = old.Sum(b => Blocs[b].Staff),
            StaffMembers = old.Sum(b => Blocs[b].StaffMembers),
            Cells = cells,
            MassOrgs = [.. old.SelectMany(b => Blocs[b].MassOrgs).Distinct().Order(StringComparer.Ordinal)],
        });
        return index;
    }
}
