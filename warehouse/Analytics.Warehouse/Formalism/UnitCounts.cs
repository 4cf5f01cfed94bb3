namespace Analytics.Warehouse.Formalism;

/// <summary>The counts of one unit and period (Sql/counts.sql) that its features are computed from.
/// Levels[l] counts final level l (1 KHTNV … 4 HTXSNV; index 0 unused). Self sums run over the
/// members who have both a self-rating and a final ("paired"). Of the members with a self-rating
/// step (Commented): Empty wrote nothing (or no letter), Blank wrote nothing or a nothing-phrase
/// ("không có" …). Copied: members whose text is in the
/// unit's largest group of near-identical texts. Negative: members with a negative residence comment.</summary>
internal sealed record UnitCounts(
    string Period, string UnitCode, string Scope, int Rated, int Paired, int SelfEqual, int SelfAbove,
    double SumSelf, double SumSelfSquared, double SumFinal, double SumFinalSquared, int[] Levels,
    int Commented, int Empty, int Blank, int Copied, int Good, int Negative, int NegativeGood)
{
    public const string Cell = "cell";
    public const string Organisation = "organisation";
    public const string Agency = "agency";

    /// <summary>Civil servants and party members are compared with their own kind.</summary>
    public string Population => Scope == Agency ? "civil_servant" : "party_member";

    /// <summary>The excellent quota applies to a grassroots organisation's members and to an agency's staff (R01).</summary>
    public bool QuotaApplies => Scope is Organisation or Agency;

    /// <summary>HTXSNV, and the quota's denominator (HTTNV, or HTTNV or better).</summary>
    public (int Excellent, int Denominator) Quota(bool ofGoodOrBetter) =>
        (Levels[4], ofGoodOrBetter ? Levels[3] + Levels[4] : Levels[3]);

    /// <summary>The ratio sits exactly at the ceiling: HTXSNV = quota × denominator, and at least one.</summary>
    public bool AtCeiling(double quota, bool ofGoodOrBetter)
    {
        var (x, d) = Quota(ofGoodOrBetter);
        return x >= 1 && Math.Abs(x - quota * d) < 1e-9;
    }

    /// <summary>Shares of the four final levels.</summary>
    public double[] LevelShares() => Rated == 0 ? [0, 0, 0, 0] : [.. Levels.Skip(1).Select(c => (double)c / Rated)];
}
