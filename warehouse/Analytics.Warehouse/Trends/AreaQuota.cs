namespace Analytics.Warehouse.Trends;

/// <summary>One area's final member ratings of a year against the excellent quota (R01: HTXSNV at
/// most a share of HTTNV): how many HTXSNV, HTTNV, and rated at all.</summary>
public sealed record AreaQuota(string AreaCode, string AreaName, int Year, long Excellent, long Good, long Rated)
{
    /// <summary>HTXSNV per HTTNV (the quantity the quota bounds); null without any HTTNV.</summary>
    public double? ExcellentPerGood => Good == 0 ? null : (double)Excellent / Good;
}
