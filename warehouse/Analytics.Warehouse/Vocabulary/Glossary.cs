namespace Analytics.Warehouse.Vocabulary;

/// <summary>The one place the Vietnamese words for the warehouse's codes are defined. The dashboard, the
/// briefing, the charts and the CLI take them from here; the checks' messages take them from the
/// vocabulary table (migration 012's macros), which the migrator fills from <see cref="All"/>. Official
/// wording: the four levels and the rated groups as Quy định 124-QĐ/TW and 366-QĐ/TW name them.</summary>
public static partial class Glossary
{
    /// <summary>The four levels by ordinal (4 = best): the official abbreviation as label, the full
    /// name as <see cref="Term.FullName"/>.</summary>
    public static Concept Levels { get; } = new("level",
    [
        new("4", "HTXSNV", Name: "Hoàn thành xuất sắc nhiệm vụ"),
        new("3", "HTTNV", Name: "Hoàn thành tốt nhiệm vụ"),
        new("2", "HTNV", Name: "Hoàn thành nhiệm vụ"),
        new("1", "KHTNV", Name: "Không hoàn thành nhiệm vụ"),
    ]);

    /// <summary>Not rated (suspended, admitted less than six months before): a status, not a fifth level.</summary>
    public static Term NotRated { get; } = new("not_rated", "Không xếp loại");

    /// <summary>In what capacity a subject is rated (ENUM rating_role), party members first as the filters list them.</summary>
    public static Concept Roles { get; } = new("role",
    [
        new("party_member", "Đảng viên"),
        new("organisation", "Tổ chức đảng, cơ quan"),
        new("collective", "Tập thể lãnh đạo, quản lý"),
        new("leader", "Cá nhân lãnh đạo, quản lý"),
        new("civil_servant", "Cán bộ, công chức, viên chức"),
    ]);

    /// <summary>The step of a rating (ENUM rating_channel).</summary>
    public static Concept Channels { get; } = new("channel",
    [
        new("self", "Tự xếp loại"),
        new("proposed", "Đề xuất"),
        new("final", "Cấp có thẩm quyền quyết định"),
    ]);

    /// <summary>Discipline decided in the period, by severity (ENUM discipline_kind; 'none' has no words).</summary>
    public static Concept Disciplines { get; } = new("discipline",
    [
        new("reprimand", "Khiển trách"),
        new("warning", "Cảnh cáo"),
        new("removal", "Cách chức"),
        new("dismissal", "Buộc thôi việc"),
        new("expulsion", "Khai trừ"),
    ]);

    /// <summary>Kinds of unit in the registry (unit_version.unit_kind).</summary>
    public static Concept UnitKinds { get; } = new("unit_kind",
    [
        new("party_committee", "Đảng bộ cấp trên cơ sở"),
        new("grassroots_party_org", "Tổ chức cơ sở đảng"),
        new("party_cell", "Chi bộ"),
        new("leadership_collective", "Tập thể lãnh đạo, quản lý"),
        new("government_body", "Chính quyền"),
        new("agency", "Cơ quan, đơn vị"),
        new("fatherland_front", "Mặt trận Tổ quốc", Sentence: "Mặt trận Tổ quốc"),
        new("mass_org", "Đoàn thể chính trị - xã hội"),
    ]);

    /// <summary>What a rating or finding is about (ENUM subject_kind).</summary>
    public static Concept SubjectKinds { get; } = new("subject_kind",
    [
        new("unit", "Đơn vị"),
        new("person", "Cá nhân"),
    ]);

    /// <summary>The review workflow of a finding (new → acknowledged → resolved).</summary>
    public static Concept ReviewStatuses { get; } = new("review_status",
    [
        new("new", "Mới"),
        new("acknowledged", "Đã tiếp nhận"),
        new("resolved", "Đã xử lý"),
    ]);

    /// <summary>A rule's severity.</summary>
    public static Concept Severities { get; } = new("severity",
    [
        new("violation", "Vi phạm"),
        new("warning", "Cảnh báo"),
    ]);

    /// <summary>The dashboard's roles (web_user.role).</summary>
    public static Concept UserRoles { get; } = new("user_role",
    [
        new("admin", "Quản trị"),
        new("analyst", "Chuyên viên phân tích"),
        new("area", "Chuyên viên địa bàn"),
    ]);

    /// <summary>Every concept, as the vocabulary table holds them (levels with the not-rated status).</summary>
    public static IReadOnlyList<Concept> All =>
    [
        new Concept(Levels.Name, [.. Levels.Terms, NotRated]), Roles, Channels, Disciplines, UnitKinds, SubjectKinds,
        ReviewStatuses, Severities, UserRoles, Signals, Features, EvidenceFields,
    ];

    /// <summary>A level's abbreviation (HTXSNV …); "Không xếp loại" for none.</summary>
    public static string Level(int? level) => LevelTerm(level)?.Label ?? NotRated.Label;

    /// <summary>A level's full name (Hoàn thành xuất sắc nhiệm vụ …); "Không xếp loại" for none.</summary>
    public static string LevelName(int? level) => LevelTerm(level)?.FullName ?? NotRated.Label;

    private static Term? LevelTerm(int? level) =>
        level is { } l ? Levels.Find(l.ToString(System.Globalization.CultureInfo.InvariantCulture)) : null;
}
