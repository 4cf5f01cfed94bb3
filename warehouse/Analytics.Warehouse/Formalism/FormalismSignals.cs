namespace Analytics.Warehouse.Formalism;

/// <summary>The named formalism signals (docs/rules.md "Formalism signals"): stable codes for CSV, charts
/// and the web, and plain Vietnamese words for people.</summary>
public static class FormalismSignals
{
    public const string RubberStamp = "rubber_stamp";
    public const string Inflation = "inflation";
    public const string NoDifferentiation = "no_differentiation";
    public const string SameEveryYear = "same_every_year";
    public const string QuotaRiding = "quota_riding";
    public const string Boilerplate = "boilerplate";
    public const string IgnoredFeedback = "ignored_feedback";
    public const string Anomaly = "anomaly";

    /// <summary>Every code, in the order of docs/rules.md (the anomaly of the model last).</summary>
    public static IReadOnlyList<string> Codes { get; } =
        [RubberStamp, Inflation, NoDifferentiation, SameEveryYear, QuotaRiding, Boilerplate, IgnoredFeedback, Anomaly];

    /// <summary>The signal in plain Vietnamese, for the UI and the demo.</summary>
    public static string Vietnamese(string code) => code switch
    {
        RubberStamp => "đánh giá cuối trùng tự đánh giá ở gần như mọi đảng viên",
        Inflation => "tự đánh giá cao hơn kết quả cuối một cách có hệ thống",
        NoDifferentiation => "xếp loại cào bằng: gần như mọi người cùng một mức",
        SameEveryYear => "cơ cấu xếp loại giống hệt các năm trước",
        QuotaRiding => "tỷ lệ Hoàn thành xuất sắc nhiệm vụ năm nào cũng đúng bằng mức trần",
        Boilerplate => "tự phê bình bỏ trống, \"không có\" hoặc sao chép giống nhau",
        IgnoredFeedback => "nơi cư trú nhận xét chưa tốt nhưng vẫn xếp loại tốt trở lên",
        Anomaly => "hồ sơ đánh giá bất thường so với các đơn vị khác",
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, "not a formalism signal code"),
    };
}
