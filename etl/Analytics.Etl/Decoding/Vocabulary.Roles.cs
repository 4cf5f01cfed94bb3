using System.Collections.Immutable;

namespace Analytics.Etl.Decoding;

/// <summary>Roles and rating channels: who holds which post, what was rated, at which step.</summary>
internal static partial class Vocabulary
{
    private static readonly AliasTable<string> PositionRoles = new(
    [
        ("member", "member"), ("thành viên", "member"), ("đảng viên", "member"), ("ủy viên", "member"),
        ("head", "head"), ("bí thư", "head"), ("người đứng đầu", "head"), ("thủ trưởng", "head"),
        ("cấp trưởng", "head"), ("trưởng", "head"), ("chủ tịch", "head"), ("giám đốc", "head"),
        ("deputy", "deputy"), ("phó", "deputy"), ("cấp phó", "deputy"), ("phó bí thư", "deputy"),
        ("staff", "staff"), ("cán bộ", "staff"), ("công chức", "staff"), ("viên chức", "staff"),
        ("nhân viên", "staff"), ("chuyên viên", "staff"), ("người lao động", "staff"),
        ("cán bộ, công chức", "staff"), ("cán bộ, công chức, viên chức", "staff"),
    ]);

    // Titles beyond the table are read by their first words: "Phó trưởng phòng" → deputy before
    // "Trưởng phòng" → head, so the deputy prefixes are tried first.
    private static readonly ImmutableArray<string> DeputyPrefixes = ["pho", "cap pho"];
    private static readonly ImmutableArray<string> HeadPrefixes =
        ["truong", "chanh", "bi thu", "chu tich", "giam doc", "tong giam doc", "thu truong", "nguoi dung dau"];
    private static readonly ImmutableArray<string> MemberPrefixes = ["uy vien", "thanh vien"];
    private static readonly ImmutableArray<string> StaffPrefixes = ["chuyen vien", "nhan vien", "can su"];

    private static readonly AliasTable<string> RatingRoles = new(
    [
        ("organisation", "organisation"), ("organization", "organisation"), ("tổ chức", "organisation"),
        ("tổ chức đảng", "organisation"), ("tổ chức cơ sở đảng", "organisation"), ("chi bộ", "organisation"),
        ("đảng bộ", "organisation"),
        ("collective", "collective"), ("tập thể", "collective"), ("tập thể lãnh đạo", "collective"),
        ("tập thể lãnh đạo, quản lý", "collective"), ("tập thể lãnh đạo quản lý", "collective"),
        ("party_member", "party_member"), ("đảng viên", "party_member"),
        ("leader", "leader"), ("lãnh đạo", "leader"), ("lãnh đạo, quản lý", "leader"), ("lãnh đạo quản lý", "leader"),
        ("cán bộ lãnh đạo", "leader"), ("cán bộ lãnh đạo, quản lý", "leader"), ("cán bộ lãnh đạo quản lý", "leader"),
        ("cá nhân lãnh đạo", "leader"), ("cá nhân cán bộ lãnh đạo, quản lý", "leader"), ("người đứng đầu", "leader"),
        ("civil_servant", "civil_servant"), ("công chức", "civil_servant"), ("viên chức", "civil_servant"),
        ("cán bộ", "civil_servant"), ("cán bộ, công chức", "civil_servant"), ("công chức, viên chức", "civil_servant"),
        ("cán bộ, công chức, viên chức", "civil_servant"), ("CBCCVC", "civil_servant"), ("CBCC", "civil_servant"),
        ("người lao động", "civil_servant"),
    ]);

    private static readonly AliasTable<string> Channels = new(
    [
        ("self", "self"), ("tự đánh giá", "self"), ("tự xếp loại", "self"), ("tự đánh giá, xếp loại", "self"),
        ("tự nhận xét", "self"), ("tự nhận mức xếp loại", "self"), ("cá nhân tự đánh giá", "self"),
        ("cá nhân tự xếp loại", "self"), ("tự kiểm điểm", "self"),
        ("proposed", "proposed"), ("đề xuất", "proposed"), ("thẩm định", "proposed"), ("đề nghị", "proposed"),
        ("tập thể đề xuất", "proposed"), ("cấp ủy đề xuất", "proposed"), ("cơ quan tham mưu", "proposed"),
        ("final", "final"), ("quyết định", "final"), ("cấp có thẩm quyền", "final"),
        ("cấp có thẩm quyền quyết định", "final"), ("kết quả", "final"), ("kết quả xếp loại", "final"),
        ("chính thức", "final"), ("cấp trên quyết định", "final"),
    ]);

    // Longer wordings are read by the phrase they contain, the self-rating checked first: "kết quả tự
    // đánh giá" is a self-rating although it says "kết quả".
    private static readonly ImmutableArray<string> SelfPhrases = ["tu danh gia", "tu xep loai", "tu nhan", "tu kiem diem"];
    private static readonly ImmutableArray<string> ProposedPhrases = ["de xuat", "tham dinh", "de nghi"];
    private static readonly ImmutableArray<string> FinalPhrases = ["quyet dinh", "tham quyen", "ket qua", "chinh thuc"];

    /// <summary>positions.role: member, head (bí thư, người đứng đầu, thủ trưởng, trưởng …, chủ tịch, giám
    /// đốc), deputy (phó …, cấp phó), staff (cán bộ, công chức, viên chức, nhân viên, chuyên viên).</summary>
    public static bool TryPositionRole(string raw, out string role) => Lookup(PositionRoles, raw, PositionRoleByTitle, out role);

    /// <summary>ratings.role and summaries.role: organisation, collective, party_member, leader, civil_servant.</summary>
    public static bool TryRatingRole(string raw, out string role) => Lookup(RatingRoles, raw, null, out role);

    /// <summary>ratings.channel: self (tự đánh giá, tự xếp loại), proposed (đề xuất, thẩm định), final
    /// (quyết định, cấp có thẩm quyền, kết quả) — the three steps of 124-QĐ/TW art. 11.</summary>
    public static bool TryChannel(string raw, out string channel) => Lookup(Channels, raw, ChannelByPhrase, out channel);

    private static string? PositionRoleByTitle(string folded) =>
        StartsWithWords(folded, DeputyPrefixes) ? "deputy"
        : StartsWithWords(folded, HeadPrefixes) ? "head"
        : StartsWithWords(folded, MemberPrefixes) ? "member"
        : StartsWithWords(folded, StaffPrefixes) ? "staff"
        : null;

    private static string? ChannelByPhrase(string folded) =>
        ContainsPhrase(folded, SelfPhrases) ? "self"
        : ContainsPhrase(folded, ProposedPhrases) ? "proposed"
        : ContainsPhrase(folded, FinalPhrases) ? "final"
        : null;
}
