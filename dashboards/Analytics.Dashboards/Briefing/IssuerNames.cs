using Analytics.Warehouse.Store;

namespace Analytics.Dashboards.Briefing;

/// <summary>The names the masthead of briefing.docx prints: the superior body ("TỈNH ỦY …") and the
/// place before the date. Configured names win; without them the province's party committee in the
/// warehouse (the party committee with no parent, e.g. "Tỉnh ủy Nghĩa Tân") gives both, so a pack
/// made before anyone configured the section still names its province.</summary>
internal sealed record IssuerNames(string SuperiorBody, string Place)
{
    // The current version of the top party committee; parameterless, nothing from outside reaches it.
    private const string ProvinceCommitteeSql = """
        SELECT unit_name FROM unit_current
        WHERE unit_kind = 'party_committee' AND (parent_code IS NULL OR parent_code = '' OR parent_code = unit_code)
        ORDER BY unit_code LIMIT 1
        """;

    private const string CommitteeWord = "Tỉnh ủy";

    // Both places of the tone mark are in use ("ủy", and the older "uỷ").
    private static readonly string[] CommitteePrefixes = ["Tỉnh ủy ", "Tỉnh uỷ "];

    public static IssuerNames Resolve(WarehouseStore store, BriefingSettings settings)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.SuperiorBody.Length > 0 && settings.Place.Length > 0) return new IssuerNames(settings.SuperiorBody, settings.Place);
        var committee = store.Rows(ProvinceCommitteeSql, r => r.GetString(0)).FirstOrDefault()?.Trim() ?? "";
        var prefix = CommitteePrefixes.FirstOrDefault(p => committee.StartsWith(p, StringComparison.OrdinalIgnoreCase));
        var province = prefix is null ? "" : committee[prefix.Length..].Trim();
        return new IssuerNames(
            settings.SuperiorBody.Length > 0 ? settings.SuperiorBody : province.Length > 0 ? $"{CommitteeWord} {province}" : CommitteeWord,
            settings.Place.Length > 0 ? settings.Place : province.Length > 0 ? province : "…");
    }
}
