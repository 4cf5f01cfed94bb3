using Analytics.Dashboards.Charts;
using Analytics.Warehouse.Trends;

namespace Analytics.Dashboards.Briefing;

/// <summary>Everything briefing.html says, gathered from the warehouse once. Public because the briefing's
/// Razor components take it as a parameter (Razor generates public component classes).</summary>
public sealed record BriefingFacts(
    Quarter Quarter, DateTime AsOf, double ExcellentQuota,
    IReadOnlyList<LevelCount> Members, IReadOnlyList<LevelCount> Organisations,
    IReadOnlyList<AreaQuota> Quota, IReadOnlyList<SelfFinalGap> Gaps, IReadOnlyList<SourceStatus> Sources,
    IReadOnlyList<FindingRow> Findings, FormalismRunInfo? FormalismRun, IReadOnlyList<FormalismUnit> TopFormalism,
    QuarterChanges Changes, int TopCount, IReadOnlyList<ChartSpec> Charts, bool Scoped)
{
    public int Year => Quarter.Year;

    /// <summary>Share of the rated on a level in a year (null when nobody was rated).</summary>
    public static double? Share(IReadOnlyList<LevelCount> counts, int year, int level)
    {
        var rated = counts.Where(c => c.Year == year && c.Level is not null).Sum(c => c.Count);
        return rated == 0 ? null : (double)counts.Where(c => c.Year == year && c.Level == level).Sum(c => c.Count) / rated;
    }

    public static long Rated(IReadOnlyList<LevelCount> counts, int year) => counts.Where(c => c.Year == year && c.Level is not null).Sum(c => c.Count);
}
