namespace Analytics.Synthetic;

/// <summary>One submission folder and the units it delivers for. Codes: <c>{Code}-DU</c> the grassroots
/// party organisation, <c>{Code}-CB01…</c> its cells, <c>{Code}-UBND</c> / <c>{Code}-SO</c> the state
/// counterpart, <c>{Code}-MTTQ</c>, mass organisations <c>{Code}-{DTN|HPN|HND|CCB|CD}</c>, and the
/// leadership collective <c>{Code}-BTV</c> (commune) or <c>{Code}-BGD</c> (agency).</summary>
internal sealed record BlocPlan
{
    public required int Index { get; init; }
    public required string Code { get; init; }
    public required string Folder { get; init; }
    public required BlocKind Kind { get; init; }

    /// <summary>The place or agency name: "Tân Phú", "Sở Tài chính".</summary>
    public required string Name { get; init; }

    /// <summary>Index of the district before the reform, or -1.</summary>
    public required int District { get; init; }

    public int Group { get; set; }

    /// <summary>Rating years the bloc delivers for (FirstYear &gt; LastYear: none).</summary>
    public required int FirstYear { get; init; }
    public required int LastYear { get; init; }

    public required DateOnly ValidFrom { get; init; }
    public DateOnly? ValidTo { get; init; }

    /// <summary>The merged commune this one became on 1 July 2025, or -1.</summary>
    public int Successor { get; set; } = -1;

    /// <summary>Party members whose home this bloc is (a merged commune has none of its own).</summary>
    public required int Members { get; init; }

    /// <summary>Civil servants of the state counterpart, and how many of them are party members.</summary>
    public required int Staff { get; init; }
    public required int StaffMembers { get; init; }

    public required IReadOnlyList<CellPlan> Cells { get; init; }
    public required IReadOnlyList<string> MassOrgs { get; init; }

    public bool IsAgency => Kind == BlocKind.Agency;

    public bool Rates(int year) => year >= FirstYear && year <= LastYear;

    public string OrgCode => Code + "-DU";
    public string StateCode => Code + (IsAgency ? "-SO" : "-UBND");
    public string FrontCode => Code + "-MTTQ";
    public string CollectiveCode => Code + (IsAgency ? "-BGD" : "-BTV");
    public string CellCode(int cell) => $"{Code}-CB{cell + 1:00}";
    public string MassCode(string mass) => $"{Code}-{mass}";
}
