namespace Analytics.Warehouse.Trends;

/// <summary>A unit's formalism score for a period in an earlier run and in a later one.</summary>
public sealed record ScoreMove(string Period, string UnitCode, string UnitName, double Before, double After)
{
    public double Change => After - Before;
}
