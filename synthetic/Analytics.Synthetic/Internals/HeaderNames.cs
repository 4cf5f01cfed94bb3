namespace Analytics.Synthetic;

/// <summary>The file name and header row of each delivered kind: the canonical columns of interchange v1
/// (in the contract's order), or the Vietnamese wording a provincial template uses. Spelled here, not
/// borrowed from the loader; the generator's tests check that the loader maps each back.</summary>
internal static class HeaderNames
{
    private static readonly Dictionary<DeliveredKind, string[]> CanonicalColumns = new()
    {
        [DeliveredKind.Units] = ["unit_code", "unit_name", "unit_kind", "parent_code", "counterpart_code", "area_code",
            "valid_from", "valid_to", "successor_code"],
        [DeliveredKind.People] = ["person_id", "full_name", "birth_year", "gender", "party_member", "admitted_on"],
        [DeliveredKind.Positions] = ["person_id", "unit_code", "role", "valid_from", "valid_to"],
        [DeliveredKind.Ratings] = ["record_id", "period", "subject_kind", "subject_id", "unit_code", "role", "channel", "level",
            "score", "discipline", "comment", "decided_on", "revision"],
        [DeliveredKind.Summaries] = ["period", "unit_code", "role", "level", "count"],
        [DeliveredKind.Residence] = ["period", "person_id", "residence_unit", "sentiment", "comment"],
    };

    private static readonly Dictionary<DeliveredKind, string[]> Vietnamese = new()
    {
        [DeliveredKind.Units] = ["Mã đơn vị", "Tên đơn vị", "Loại đơn vị", "Đơn vị cấp trên", "Mã đơn vị đối ứng", "Mã địa bàn",
            "Từ ngày", "Đến ngày", "Đơn vị kế thừa"],
        [DeliveredKind.People] = ["Mã đảng viên", "Họ và tên", "Năm sinh", "Giới tính", "Đảng viên", "Ngày vào Đảng"],
        [DeliveredKind.Positions] = ["Mã đảng viên", "Mã đơn vị", "Chức vụ", "Từ ngày", "Đến ngày"],
        [DeliveredKind.Ratings] = ["Mã bản ghi", "Kỳ đánh giá", "Loại đối tượng", "Mã đối tượng", "Mã đơn vị", "Vai trò", "Kênh",
            "Xếp loại", "Điểm", "Kỷ luật", "Hạn chế, khuyết điểm", "Ngày quyết định", "Lần sửa"],
        [DeliveredKind.Summaries] = ["Kỳ đánh giá", "Mã đơn vị", "Đối tượng", "Xếp loại", "Số lượng"],
        [DeliveredKind.Residence] = ["Kỳ đánh giá", "Mã đảng viên", "Chi bộ nơi cư trú", "Đánh giá nơi cư trú", "Ý kiến nhận xét"],
    };

    /// <summary>"units", "people", "positions", "ratings", "summaries" or "residence" (before ".csv").</summary>
    public static string FileName(DeliveredKind kind) => kind.ToString().ToLowerInvariant();

    public static IReadOnlyList<string> Canonical(DeliveredKind kind) => CanonicalColumns[kind];

    public static IReadOnlyList<string> For(DeliveredKind kind, bool vietnamese) => vietnamese ? Vietnamese[kind] : CanonicalColumns[kind];
}
