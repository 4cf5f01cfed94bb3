using Analytics.Dashboards.Charts;
using Analytics.Dashboards.Web;
using Analytics.Warehouse.Checks;

namespace Analytics.Dashboards.Briefing;

/// <summary>The Vietnamese words briefing.docx uses for the warehouse's codes, taken from where the
/// rest of the product keeps them (levels as the charts and briefing.html name them, review statuses
/// and severities as the dashboard does, signals as briefing.html explains them, rule titles from the
/// check catalogue). The one place to repoint when the product's labels move to a shared vocabulary.</summary>
internal static class BriefingWords
{
    /// <summary>HTXSNV … KHTNV for levels 4 … 1.</summary>
    public static string LevelCode(int level) => ChartStyle.Levels.First(l => l.Level == level).Code;

    /// <summary>"Hoàn thành xuất sắc nhiệm vụ" … for levels 4 … 1.</summary>
    public static string LevelName(int level) => ChartStyle.Levels.First(l => l.Level == level).Name;

    /// <summary>The levels, best first.</summary>
    public static IReadOnlyList<int> LevelsBestFirst { get; } = [4, 3, 2, 1];

    /// <summary>Why a unit is at risk of formalism, for a signal code (rubber_stamp …).</summary>
    public static string Signal(string code) => SignalNames.Describe(code);

    /// <summary>"vi phạm" / "cảnh báo", lower case for use inside a sentence or a cell.</summary>
    public static string Severity(string severity) => Lower(Labels.Of(Labels.Severities, severity));

    /// <summary>The review status of a finding (mới, đã tiếp nhận, đã xử lý).</summary>
    public static string Status(string status) => Lower(Labels.Of(Labels.Statuses, status));

    /// <summary>The rule's Vietnamese title from its .sql header, or the code itself.</summary>
    public static string RuleTitle(string rule) => CheckCatalog.Find(rule)?.TitleVi ?? rule;

    private static string Lower(string text) => text.ToLower(Labels.Culture);
}
