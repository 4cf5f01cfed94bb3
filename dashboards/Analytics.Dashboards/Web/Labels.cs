using System.Globalization;

namespace Analytics.Dashboards.Web;

/// <summary>The Vietnamese words of the interface for the warehouse's codes (docs/rules.md), and the
/// culture numbers and dates are shown in.</summary>
internal static class Labels
{
    public static CultureInfo Culture { get; } = CultureInfo.GetCultureInfo("vi-VN");

    public static readonly IReadOnlyDictionary<int, string> LevelCodes = new Dictionary<int, string>
    {
        [4] = "HTXSNV",
        [3] = "HTTNV",
        [2] = "HTNV",
        [1] = "KHTNV",
    };

    public static readonly IReadOnlyDictionary<int, string> LevelNames = new Dictionary<int, string>
    {
        [4] = "Hoàn thành xuất sắc nhiệm vụ",
        [3] = "Hoàn thành tốt nhiệm vụ",
        [2] = "Hoàn thành nhiệm vụ",
        [1] = "Không hoàn thành nhiệm vụ",
    };

    public static readonly IReadOnlyDictionary<string, string> UnitKinds = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["party_committee"] = "Đảng bộ cấp trên cơ sở",
        ["grassroots_party_org"] = "Tổ chức cơ sở đảng",
        ["party_cell"] = "Chi bộ",
        ["leadership_collective"] = "Tập thể lãnh đạo, quản lý",
        ["government_body"] = "Chính quyền",
        ["agency"] = "Cơ quan, đơn vị",
        ["fatherland_front"] = "Mặt trận Tổ quốc",
        ["mass_org"] = "Đoàn thể chính trị - xã hội",
    };

    public static readonly IReadOnlyDictionary<string, string> Roles = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["party_member"] = "Đảng viên",
        ["organisation"] = "Tổ chức đảng, cơ quan",
        ["collective"] = "Tập thể lãnh đạo, quản lý",
        ["leader"] = "Cá nhân lãnh đạo, quản lý",
        ["civil_servant"] = "Cán bộ, công chức, viên chức",
    };

    public static readonly IReadOnlyDictionary<string, string> Channels = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["self"] = "Tự xếp loại",
        ["proposed"] = "Đề xuất",
        ["final"] = "Cấp có thẩm quyền quyết định",
    };

    public static readonly IReadOnlyDictionary<string, string> Disciplines = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["none"] = "",
        ["reprimand"] = "Khiển trách",
        ["warning"] = "Cảnh cáo",
        ["removal"] = "Cách chức",
        ["dismissal"] = "Buộc thôi việc",
        ["expulsion"] = "Khai trừ",
    };

    public static readonly IReadOnlyDictionary<string, string> Statuses = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["new"] = "Mới",
        ["acknowledged"] = "Đã tiếp nhận",
        ["resolved"] = "Đã xử lý",
    };

    public static readonly IReadOnlyDictionary<string, string> Severities = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["violation"] = "Vi phạm",
        ["warning"] = "Cảnh báo",
    };

    public static readonly IReadOnlyDictionary<string, string> UserRoles = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [DashboardRoles.Admin] = "Quản trị",
        [DashboardRoles.Analyst] = "Chuyên viên phân tích",
        [DashboardRoles.Area] = "Chuyên viên địa bàn",
    };

    public static string Level(int? level) => level is { } l && LevelCodes.TryGetValue(l, out var code) ? code : "Không xếp loại";

    public static string Of(IReadOnlyDictionary<string, string> names, string? code) =>
        code is null ? "" : names.TryGetValue(code, out var name) ? name : code;

    public static string Number(long n) => n.ToString("N0", Culture);

    public static string Percent(double share) => share.ToString("0.0", Culture) + "%";

    public static string Time(DateTime? at) => at is { } t ? t.ToString("dd/MM/yyyy HH:mm", Culture) : "";
}
