using Analytics.Warehouse.Formalism;

namespace Analytics.Warehouse.Vocabulary;

// The words of the analysis: formalism signals (why a unit ranks high), the features they rest on,
// and the fields of the checks' evidence JSON.
public static partial class Glossary
{
    /// <summary>The formalism signals (<see cref="FormalismSignals.Codes"/>) as a reader of the dashboard
    /// or the briefing says them.</summary>
    public static Concept Signals { get; } = new("signal",
    [
        new(FormalismSignals.RubberStamp, "Kết quả cuối cùng trùng tự xếp loại ở gần như mọi đảng viên"),
        new(FormalismSignals.Inflation, "Tự xếp loại cao hơn kết quả cuối cùng một cách có hệ thống"),
        new(FormalismSignals.NoDifferentiation, "Xếp loại cào bằng: gần như mọi đảng viên cùng một mức"),
        new(FormalismSignals.SameEveryYear, "Cơ cấu xếp loại năm nào cũng như nhau"),
        new(FormalismSignals.QuotaRiding, "Số HTXSNV năm nào cũng sát mức trần"),
        new(FormalismSignals.Boilerplate, "Tự phê bình để trống, \"không có\" hoặc gần như giống hệt nhau"),
        new(FormalismSignals.IgnoredFeedback, "Nơi cư trú nhận xét chưa tốt nhưng vẫn xếp loại từ HTTNV trở lên"),
        new(FormalismSignals.Anomaly, "Hồ sơ đánh giá bất thường so với các đơn vị khác (mô hình)"),
    ]);

    /// <summary>The features stored per unit and period (formalism_feature.feature).</summary>
    public static Concept Features { get; } = new("formalism_feature",
    [
        new(FormalismFeatures.Rated, "Số người được xếp loại"),
        new(FormalismFeatures.SelfEqualShare, "Tỷ lệ tự xếp loại trùng kết quả cuối"),
        new(FormalismFeatures.SelfAboveShare, "Tỷ lệ tự xếp loại cao hơn kết quả cuối"),
        new(FormalismFeatures.InflationMean, "Chênh lệch tự xếp loại − kết quả cuối (bình quân mức)"),
        new(FormalismFeatures.InflationD, "Chênh lệch chuẩn hóa (Cohen's d)"),
        new(FormalismFeatures.LevelEntropy, "Độ phân tán các mức (entropy)"),
        new(FormalismFeatures.Rwg, "Độ đồng nhất các mức (r_wg)"),
        new(FormalismFeatures.ExcellentRatio, "Tỷ lệ HTXSNV so với HTTNV"),
        new(FormalismFeatures.AtCeiling, "HTXSNV đúng bằng mức trần"),
        new(FormalismFeatures.CeilingShare, "Tỷ lệ các năm đúng bằng mức trần"),
        new(FormalismFeatures.SameAsBefore, "Giống phân bố năm trước"),
        new(FormalismFeatures.SameStreak, "Số năm liền phân bố như nhau"),
        new(FormalismFeatures.EmptyShare, "Tỷ lệ tự phê bình bỏ trống"),
        new(FormalismFeatures.NothingShare, "Tỷ lệ tự phê bình \"không có\""),
        new(FormalismFeatures.CopiedShare, "Tỷ lệ tự phê bình sao chép giống nhau"),
        new(FormalismFeatures.NegativeGoodShare, "Tỷ lệ có nhận xét nơi cư trú chưa tốt"),
        new(FormalismFeatures.NegativeIgnoredShare, "Nhận xét nơi cư trú chưa tốt nhưng xếp loại tốt trở lên"),
        new(FormalismFeatures.AnomalyScore, "Độ bất thường (RandomizedPca)"),
    ]);

    /// <summary>The fields of the checks' evidence JSON (Checks/Rules/*.sql), as the finding page heads them.</summary>
    public static Concept EvidenceFields { get; } = new("evidence_field",
    [
        new("role", "Đối tượng"),
        new("excellent", "Số HTXSNV"),
        new("good", "Số HTTNV"),
        new("good_or_better", "Số HTTNV trở lên"),
        new("rated", "Số được xếp loại"),
        new("quota", "Mức trần"),
        new("level", "Mức"),
        new("reported", "Báo cáo"),
        new("counted", "Đếm từ chi tiết"),
        new("discipline", "Kỷ luật"),
        new("finals", "Kết quả cuối cùng"),
        new("party_organisation", "Tổ chức đảng"),
        new("staff_share", "Tỷ lệ công chức HTXSNV"),
        new("member_share", "Tỷ lệ đảng viên HTXSNV"),
        new("staff_rated", "Công chức được xếp loại"),
        new("members_rated", "Đảng viên được xếp loại"),
        new("head_level", "Mức người đứng đầu"),
        new("collective_level", "Mức tập thể"),
        new("party_level", "Mức bên đảng"),
        new("civil_service_level", "Mức công chức"),
        new("state_level", "Mức bên chính quyền"),
        new("state_unit", "Cơ quan chính quyền"),
        new("agency", "Cơ quan"),
        new("party_unit", "Đơn vị đảng"),
        new("individuals", "Số cá nhân"),
        new("lowest", "Mức thấp nhất"),
        new("deadline", "Hạn nộp"),
        new("last_decided", "Ngày quyết định cuối"),
        new("basis", "Căn cứ"),
        new("below_completed", "Dưới HTNV"),
        new("weak_state", "Chính quyền yếu"),
        new("roles", "Vai trò"),
        new("head_role", "Vai trò người đứng đầu"),
    ]);
}
