namespace Analytics.Dashboards.Briefing;

/// <summary>The formalism signals (docs/rules.md "Formalism signals") as a reader of the briefing says them.</summary>
internal static class SignalNames
{
    private static readonly Dictionary<string, string> Vietnamese = new(StringComparer.Ordinal)
    {
        ["rubber_stamp"] = "kết quả cuối cùng trùng tự xếp loại ở gần như mọi đảng viên",
        ["inflation"] = "tự xếp loại cao hơn kết quả một cách có hệ thống",
        ["no_differentiation"] = "không phân hóa: gần như mọi đảng viên cùng một mức",
        ["same_every_year"] = "phân bố mức xếp loại năm nào cũng như nhau",
        ["quota_riding"] = "số HTXSNV năm nào cũng sát mức trần",
        ["boilerplate"] = "bản kiểm điểm để trống, \"không có\" hoặc gần như giống hệt nhau",
        ["ignored_feedback"] = "nơi cư trú nhận xét tiêu cực nhưng vẫn xếp loại từ HTTNV trở lên",
        ["anomaly"] = "bất thường so với các đơn vị khác (mô hình)",
    };

    /// <summary>The Vietnamese reason for a signal code; an unknown code is shown as it is.</summary>
    public static string Describe(string code) => Vietnamese.TryGetValue(code, out var text) ? text : code;
}
