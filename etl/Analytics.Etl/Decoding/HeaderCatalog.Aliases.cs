namespace Analytics.Etl.Decoding;

/// <summary>Vietnamese header aliases per record kind: docs/interchange.md's table plus the wordings real
/// templates use. Written with diacritics; matching folds them away. Methods, not fields, because static
/// field initialisation order across partial files is not defined.</summary>
internal static partial class HeaderCatalog
{
    private static IEnumerable<(string Alias, string Column)> VietnameseAliases(RecordKind kind) => kind switch
    {
        RecordKind.Units =>
        [
            .. UnitCode(), ("mã", "unit_code"), ("mã số", "unit_code"),
            .. To("unit_name", "tên đơn vị", "tên", "tên tổ chức", "tên tổ chức đảng", "tên cơ quan", "tên gọi", "đơn vị"),
            .. To("unit_kind", "loại đơn vị", "loại hình", "loại hình tổ chức", "loại tổ chức", "loại", "phân loại"),
            .. To("parent_code", "đơn vị cấp trên", "mã đơn vị cấp trên", "cấp trên", "mã cấp trên", "cấp trên trực tiếp",
                "đơn vị cấp trên trực tiếp", "trực thuộc"),
            .. To("counterpart_code", "đơn vị đối ứng", "mã đơn vị đối ứng", "cơ quan tương ứng", "mã cơ quan tương ứng",
                "đơn vị tương ứng", "cơ quan đối ứng"),
            .. To("area_code", "mã địa bàn", "địa bàn", "mã khu vực", "khu vực"),
            .. To("valid_from", "từ ngày", "hiệu lực từ", "hiệu lực từ ngày", "có hiệu lực từ", "ngày hiệu lực", "ngày thành lập"),
            .. To("valid_to", "đến ngày", "hiệu lực đến", "hiệu lực đến ngày", "hết hiệu lực", "ngày hết hiệu lực", "ngày giải thể"),
            .. To("successor_code", "đơn vị kế thừa", "mã đơn vị kế thừa", "sáp nhập vào", "hợp nhất vào", "đơn vị sau sáp nhập",
                "đơn vị tiếp nhận", "mã đơn vị mới"),
        ],
        RecordKind.People =>
        [
            .. PersonId("person_id"), ("mã", "person_id"), ("mã số", "person_id"),
            .. To("full_name", "họ và tên", "họ tên", "tên", "họ và tên đảng viên", "họ tên đảng viên", "tên đảng viên",
                "họ và tên cán bộ", "họ tên cán bộ"),
            .. To("birth_year", "năm sinh", "sinh năm"),
            .. To("gender", "giới tính", "giới", "nam/nữ"),
            .. To("party_member", "đảng viên", "là đảng viên"),
            .. To("admitted_on", "ngày vào đảng", "ngày kết nạp", "ngày kết nạp đảng", "ngày kết nạp vào đảng"),
        ],
        RecordKind.Positions =>
        [
            .. PersonId("person_id"),
            .. UnitCode(), .. To("unit_code", "đơn vị", "cơ quan", "cơ quan, đơn vị", "chi bộ", "mã chi bộ", "đơn vị công tác",
                "nơi công tác"),
            .. To("role", "chức vụ", "vai trò", "chức danh", "vị trí", "chức vụ, chức danh"),
            .. To("valid_from", "từ ngày", "ngày bắt đầu", "ngày bổ nhiệm", "ngày nhận nhiệm vụ", "ngày nhận chức"),
            .. To("valid_to", "đến ngày", "ngày kết thúc", "ngày thôi", "ngày thôi chức", "ngày thôi giữ chức vụ"),
        ],
        RecordKind.Ratings =>
        [
            .. To("record_id", "mã bản ghi", "số hiệu", "số hiệu bản ghi", "mã phiếu", "mã xếp loại", "id"),
            .. Period(),
            .. To("subject_kind", "loại đối tượng", "kiểu đối tượng", "tập thể/cá nhân"),
            .. PersonId("subject_id"), .. To("subject_id", "mã đối tượng", "mã đối tượng đánh giá", "mã người được đánh giá"),
            .. UnitCode(), .. To("unit_code", "đơn vị", "cơ quan", "chi bộ", "mã chi bộ", "đơn vị đánh giá"),
            .. RatingRole(),
            .. To("channel", "kênh", "bước", "bước đánh giá", "bước xếp loại", "cấp đánh giá", "giai đoạn"),
            .. Level(),
            .. To("score", "điểm", "tổng điểm", "điểm số", "số điểm", "điểm đánh giá"),
            .. To("discipline", "kỷ luật", "hình thức kỷ luật", "kỷ luật trong năm"),
            .. To("comment", "hạn chế, khuyết điểm", "hạn chế", "khuyết điểm", "nhận xét", "nhận xét, đánh giá", "tự phê bình",
                "ý kiến", "nội dung"),
            .. To("decided_on", "ngày quyết định", "ngày", "ngày đánh giá", "ngày xếp loại", "ngày ban hành"),
            .. To("revision", "lần sửa", "số lần sửa", "lần điều chỉnh", "phiên bản", "lần"),
        ],
        RecordKind.Summaries =>
        [
            .. Period(),
            .. UnitCode(), .. To("unit_code", "đơn vị", "cơ quan", "chi bộ", "mã chi bộ"),
            .. RatingRole(),
            .. Level(),
            .. To("count", "số lượng", "số lượt", "tổng số", "số", "SL", "số người", "số đảng viên"),
        ],
        RecordKind.Residence =>
        [
            .. Period(),
            .. PersonId("person_id"),
            .. To("residence_unit", "đơn vị cư trú", "mã đơn vị cư trú", "chi bộ nơi cư trú", "mã chi bộ nơi cư trú",
                "chi bộ cư trú", "nơi cư trú", "chi bộ"),
            .. To("sentiment", "đánh giá nơi cư trú", "chiều hướng", "xu hướng", "tính chất", "đánh giá", "nhận xét chung"),
            .. To("comment", "ý kiến", "ý kiến nhận xét", "ý kiến nơi cư trú", "nhận xét", "nội dung", "nội dung nhận xét"),
        ],
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown record kind."),
    };

    private static IEnumerable<(string, string)> To(string column, params string[] aliases) =>
        aliases.Select(alias => (alias, column));

    private static IEnumerable<(string, string)> UnitCode() =>
        To("unit_code", "mã đơn vị", "mã tổ chức", "mã tổ chức đảng", "mã cơ quan");

    // The person's identifier: member card or personnel number (docs/interchange.md people.person_id).
    private static IEnumerable<(string, string)> PersonId(string column) =>
        To(column, "mã đảng viên", "mã số đảng viên", "số thẻ đảng viên", "số thẻ", "mã cán bộ", "mã công chức",
            "mã viên chức", "số hiệu cán bộ", "số hiệu công chức", "mã nhân sự", "mã cá nhân", "mã định danh");

    private static IEnumerable<(string, string)> Period() =>
        To("period", "kỳ đánh giá", "kỳ xếp loại", "kỳ báo cáo", "kỳ", "năm", "năm đánh giá", "năm xếp loại", "thời gian");

    // "Đối tượng" lists who is rated (đảng viên, tập thể lãnh đạo, cán bộ lãnh đạo…): the role values,
    // whereas "loại đối tượng" (cá nhân / tập thể) is subject_kind.
    private static IEnumerable<(string, string)> RatingRole() =>
        To("role", "vai trò", "đối tượng", "đối tượng đánh giá", "đối tượng xếp loại", "nhóm đối tượng");

    private static IEnumerable<(string, string)> Level() =>
        To("level", "xếp loại", "mức xếp loại", "kết quả xếp loại", "xếp loại chất lượng", "mức độ xếp loại",
            "kết quả đánh giá, xếp loại", "kết quả", "mức", "mức độ");
}
