using System.Globalization;
using Analytics.Dashboards.Charts;
using Analytics.Warehouse.Trends;

namespace Analytics.Dashboards.Briefing;

/// <summary>Everything the briefing says, gathered from the warehouse once: briefing.html and briefing.docx
/// both render these facts, so they state the same figures. Public because the briefing's Razor
/// components take it as a parameter (Razor generates public component classes).</summary>
public sealed record BriefingFacts(
    Quarter Quarter, DateTime AsOf, double ExcellentQuota,
    IReadOnlyList<LevelCount> Members, IReadOnlyList<LevelCount> Organisations,
    IReadOnlyList<AreaQuota> Quota, IReadOnlyList<SelfFinalGap> Gaps, IReadOnlyList<SourceStatus> Sources,
    IReadOnlyList<FindingRow> Findings, FormalismRunInfo? FormalismRun, IReadOnlyList<FormalismUnit> TopFormalism,
    QuarterChanges Changes, int TopCount, IReadOnlyList<ChartSpec> Charts, bool Scoped)
{
    public int Year => Quarter.Year;

    /// <summary>Holding findings per rule and area within the pack's years (what the findings chart draws).</summary>
    public IReadOnlyList<FindingCount> FindingCounts { get; init; } = [];

    /// <summary>Share of the rated on a level in a year (null when nobody was rated).</summary>
    public static double? Share(IReadOnlyList<LevelCount> counts, int year, int level)
    {
        var rated = counts.Where(c => c.Year == year && c.Level is not null).Sum(c => c.Count);
        return rated == 0 ? null : (double)counts.Where(c => c.Year == year && c.Level == level).Sum(c => c.Count) / rated;
    }

    public static long Rated(IReadOnlyList<LevelCount> counts, int year) =>
        counts.Where(c => c.Year == year && c.Level is not null).Sum(c => c.Count);

    /// <summary>How many final ratings of a year sit on a level (null level: not rated).</summary>
    public static long Count(IReadOnlyList<LevelCount> counts, int year, int? level) =>
        counts.Where(c => c.Year == year && c.Level == level).Sum(c => c.Count);

    /// <summary>Members rated HTXSNV per member rated HTTNV in a year, province-wide (the quantity R01 bounds).</summary>
    public double? ExcellentPerGood(int year)
    {
        var rows = Quota.Where(r => r.Year == year).ToList();
        var good = rows.Sum(r => r.Good);
        return good == 0 ? null : (double)rows.Sum(r => r.Excellent) / good;
    }

    /// <summary>Areas of at least <see cref="QuotaChart.MinRated"/> rated members above the quota, out
    /// of those areas; null when no area is that large.</summary>
    public (int Above, int Of)? AreasAboveQuota(int year)
    {
        var rows = Quota.Where(r => r.Year == year && r.Rated >= QuotaChart.MinRated && r.ExcellentPerGood is not null).ToList();
        return rows.Count == 0 ? null : (rows.Count(r => r.ExcellentPerGood > ExcellentQuota), rows.Count);
    }

    /// <summary>Share of members with both ratings whose self-rating is above the final one.</summary>
    public double? SelfAboveFinal(int year)
    {
        var rows = Gaps.Where(r => r.Year == year).ToList();
        var pairs = rows.Sum(r => r.Pairs);
        return pairs == 0 ? null : (double)rows.Sum(r => r.Above) / pairs;
    }

    /// <summary>Findings that still hold, in the order the lists show them.</summary>
    public IReadOnlyList<FindingRow> Holding => Findings.Where(x => x.Holds).ToList();

    /// <summary>Holding findings of the pack's rating year.</summary>
    public IReadOnlyList<FindingRow> HoldingOfYear =>
        Findings.Where(x => x.Holds && x.Period.StartsWith(Year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)).ToList();
}
