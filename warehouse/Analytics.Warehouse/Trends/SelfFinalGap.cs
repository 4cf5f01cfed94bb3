namespace Analytics.Warehouse.Trends;

/// <summary>Self-rating against final rating for the persons of one area (or unit) and year who hold
/// both: how many rated themselves above, equal to and below the final level, and the mean gap in
/// levels (self − final; positive = inflation).</summary>
public sealed record SelfFinalGap(
    string AreaCode, string AreaName, int Year, long Pairs, long Above, long Equal, long Below, double MeanGap)
{
    /// <summary>Share of pairs whose self-rating is above the final one.</summary>
    public double AboveShare => Pairs == 0 ? 0 : (double)Above / Pairs;
}
