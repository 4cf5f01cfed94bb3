using System.Collections.Immutable;

namespace Analytics.Etl.Decoding;

/// <summary>The closed value sets of interchange format v1 (docs/interchange.md): each TryX maps a canonical
/// value or a Vietnamese wording (any case, with or without diacritics, NFC or NFD) to the canonical
/// value, and returns false for anything it does not know, so the row is quarantined rather than guessed.
/// Lookups run per row: the exact spelling is one hash lookup; folding and the few prefix or
/// contains rules (in the partial files by concern) run only on a miss.</summary>
internal static partial class Vocabulary
{
    private static readonly AliasTable<string> UnitKinds = new(
    [
        ("party_committee", "party_committee"), ("đảng bộ", "party_committee"), ("đảng ủy", "party_committee"),
        ("đảng uỷ", "party_committee"), ("đảng bộ cấp trên cơ sở", "party_committee"), ("cấp ủy", "party_committee"),
        ("ban chấp hành đảng bộ", "party_committee"), ("tỉnh ủy", "party_committee"), ("thành ủy", "party_committee"),
        ("huyện ủy", "party_committee"), ("quận ủy", "party_committee"), ("thị ủy", "party_committee"),
        ("grassroots_party_org", "grassroots_party_org"), ("tổ chức cơ sở đảng", "grassroots_party_org"),
        ("TCCSĐ", "grassroots_party_org"), ("tổ chức đảng cơ sở", "grassroots_party_org"),
        ("đảng bộ cơ sở", "grassroots_party_org"), ("chi bộ cơ sở", "grassroots_party_org"),
        ("đảng ủy cơ sở", "grassroots_party_org"),
        ("party_cell", "party_cell"), ("chi bộ", "party_cell"), ("chi bộ trực thuộc", "party_cell"),
        ("leadership_collective", "leadership_collective"), ("tập thể lãnh đạo", "leadership_collective"),
        ("tập thể lãnh đạo, quản lý", "leadership_collective"), ("tập thể lãnh đạo quản lý", "leadership_collective"),
        ("ban thường vụ", "leadership_collective"), ("ban lãnh đạo", "leadership_collective"),
        ("ban giám đốc", "leadership_collective"), ("ban cán sự đảng", "leadership_collective"),
        ("đảng đoàn", "leadership_collective"), ("tập thể thường trực", "leadership_collective"),
        ("government_body", "government_body"), ("ủy ban nhân dân", "government_body"), ("UBND", "government_body"),
        ("chính quyền", "government_body"), ("hội đồng nhân dân", "government_body"), ("HĐND", "government_body"),
        ("agency", "agency"), ("cơ quan", "agency"), ("đơn vị", "agency"), ("cơ quan, đơn vị", "agency"),
        ("cơ quan nhà nước", "agency"), ("cơ quan hành chính", "agency"), ("đơn vị sự nghiệp", "agency"),
        ("đơn vị sự nghiệp công lập", "agency"), ("sở, ban, ngành", "agency"), ("sở", "agency"), ("phòng", "agency"),
        ("fatherland_front", "fatherland_front"), ("mặt trận tổ quốc", "fatherland_front"),
        ("mặt trận tổ quốc Việt Nam", "fatherland_front"), ("mặt trận", "fatherland_front"), ("MTTQ", "fatherland_front"),
        ("ủy ban mặt trận tổ quốc", "fatherland_front"), ("UBMTTQ", "fatherland_front"), ("ủy ban MTTQ", "fatherland_front"),
        ("mass_org", "mass_org"), ("đoàn thể", "mass_org"), ("đoàn thể chính trị - xã hội", "mass_org"),
        ("tổ chức chính trị - xã hội", "mass_org"), ("hội", "mass_org"), ("hội đoàn thể", "mass_org"),
        ("công đoàn", "mass_org"), ("đoàn thanh niên", "mass_org"), ("hội phụ nữ", "mass_org"),
        ("hội nông dân", "mass_org"), ("hội cựu chiến binh", "mass_org"),
    ]);

    private static readonly AliasTable<string> SubjectKinds = new(
    [
        ("unit", "unit"), ("tập thể", "unit"), ("tổ chức", "unit"), ("đơn vị", "unit"), ("tổ chức đảng", "unit"),
        ("person", "person"), ("cá nhân", "person"), ("đảng viên", "person"), ("cán bộ", "person"), ("người", "person"),
    ]);

    private static readonly AliasTable<string> Genders = new(
    [
        ("male", "male"), ("nam", "male"), ("m", "male"), ("giới tính nam", "male"),
        ("female", "female"), ("nữ", "female"), ("f", "female"), ("giới tính nữ", "female"),
        ("other", "other"), ("khác", "other"),
    ]);

    // Blank is not in this table: for a yes/no column blank means "not given", and the caller decides
    // whether that is false (a column of ticks) or unknown (party_member left empty).
    private static readonly AliasTable<bool> Booleans = new(
    [
        ("true", true), ("1", true), ("yes", true), ("y", true), ("x", true), ("có", true), ("đúng", true),
        ("phải", true), ("✓", true), ("✔", true), ("☑", true),
        ("false", false), ("0", false), ("no", false), ("n", false), ("không", false), ("sai", false),
        ("không phải", false),
    ]);

    /// <summary>units.unit_kind: party_committee, grassroots_party_org, party_cell, leadership_collective,
    /// government_body, agency, fatherland_front, mass_org. "Đảng bộ xã" and the like are not read: whether a
    /// commune's committee is grassroots changed with the 2025 reform, so the kind must be stated.</summary>
    public static bool TryUnitKind(string raw, out string kind) => Lookup(UnitKinds, raw, null, out kind);

    /// <summary>ratings.subject_kind: unit (tập thể, tổ chức, đơn vị) or person (cá nhân).</summary>
    public static bool TrySubjectKind(string raw, out string kind) => Lookup(SubjectKinds, raw, null, out kind);

    /// <summary>people.gender: male (nam, m), female (nữ, nu, f), other (khác).</summary>
    public static bool TryGender(string raw, out string gender) => Lookup(Genders, raw, null, out gender);

    /// <summary>true/false, 1/0, yes/no, y/n, x, có/không, đúng/sai, ✓. Blank returns false (not given).</summary>
    public static bool TryBool(string raw, out bool value)
    {
        if (raw is not null && Booleans.TryGet(raw, out value))
        {
            return true;
        }

        value = false;
        return false;
    }

    /// <summary>The table, then <paramref name="rule"/> on the folded text (null when it cannot tell).</summary>
    private static bool Lookup(AliasTable<string> table, string raw, Func<string, string?>? rule, out string value)
    {
        if (raw is null)
        {
            value = "";
            return false;
        }

        if (table.TryGetExact(raw, out value))
        {
            return true;
        }

        string folded = TextFolding.FoldWords(raw);
        if (table.TryGetFolded(folded, out value))
        {
            return true;
        }

        if (rule?.Invoke(folded) is string ruled)
        {
            value = ruled;
            return true;
        }

        value = "";
        return false;
    }

    /// <summary>True when any of <paramref name="phrases"/> appears in <paramref name="folded"/> as whole words.</summary>
    private static bool ContainsPhrase(string folded, ImmutableArray<string> phrases)
    {
        foreach (string phrase in phrases)
        {
            if (ContainsWords(folded, phrase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="phrase"/> appears in <paramref name="folded"/> on word boundaries.</summary>
    private static bool ContainsWords(string folded, string phrase)
    {
        int at = folded.IndexOf(phrase, StringComparison.Ordinal);
        while (at >= 0)
        {
            int end = at + phrase.Length;
            if ((at == 0 || folded[at - 1] == ' ') && (end == folded.Length || folded[end] == ' '))
            {
                return true;
            }

            at = folded.IndexOf(phrase, at + 1, StringComparison.Ordinal);
        }

        return false;
    }

    private static bool StartsWithWords(string folded, ImmutableArray<string> prefixes)
    {
        foreach (string prefix in prefixes)
        {
            if (folded.StartsWith(prefix, StringComparison.Ordinal)
                && (folded.Length == prefix.Length || folded[prefix.Length] == ' '))
            {
                return true;
            }
        }

        return false;
    }
}
