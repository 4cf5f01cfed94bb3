using Analytics.Dashboards.Charts;
using Analytics.Warehouse.Checks;
using Analytics.Warehouse.Vocabulary;

namespace Analytics.Dashboards.Briefing;

/// <summary>The Vietnamese words briefing.docx uses for the warehouse's codes, taken from the product's
/// vocabulary (<see cref="Glossary"/>: levels as the charts and briefing.html name them, review statuses,
/// severities and signals as the dashboard says them) and rule titles from the check catalogue.</summary>
internal static class BriefingWords
{
    /// <summary>HTXSNV … KHTNV for levels 4 … 1.</summary>
    public static string LevelCode(int level) => ChartStyle.Levels.First(l => l.Level == level).Code;

    /// <summary>"Hoàn thành xuất sắc nhiệm vụ" … for levels 4 … 1.</summary>
    public static string LevelName(int level) => ChartStyle.Levels.First(l => l.Level == level).Name;

    /// <summary>The levels, best first.</summary>
    public static IReadOnlyList<int> LevelsBestFirst { get; } = [4, 3, 2, 1];

    /// <summary>Why a unit is at risk of formalism, for a signal code (rubber_stamp …), inside a sentence.</summary>
    public static string Signal(string code) => Glossary.Signals.InSentence(code);

    /// <summary>"vi phạm" / "cảnh báo", lower case for use inside a sentence or a cell.</summary>
    public static string Severity(string severity) => Glossary.Severities.InSentence(severity);

    /// <summary>The review status of a finding (mới, đã tiếp nhận, đã xử lý).</summary>
    public static string Status(string status) => Glossary.ReviewStatuses.InSentence(status);

    /// <summary>The rule's Vietnamese title from its .sql header, or the code itself.</summary>
    public static string RuleTitle(string rule) => CheckCatalog.Find(rule)?.TitleVi ?? rule;
}
