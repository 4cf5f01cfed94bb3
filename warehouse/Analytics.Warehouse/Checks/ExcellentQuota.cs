using System.ComponentModel.DataAnnotations;

namespace Analytics.Warehouse.Checks;

/// <summary>The excellent quota (section "ExcellentQuota"): at most this share of a unit's members may be
/// rated HTXSNV. One setting for everything that uses it: the R01 check, the formalism quota-riding
/// signal and the quota line of the charts. Immutable; change with <c>with</c>.</summary>
public sealed record ExcellentQuota
{
    /// <summary>The configuration section.</summary>
    public const string Section = "ExcellentQuota";

    /// <summary>HTXSNV may be at most this share of the denominator. Default 0.20.</summary>
    [Range(0.01, 1.0, ErrorMessage = "a share between 0.01 and 1.0 is allowed")]
    public double Share { get; init; } = 0.20;

    /// <summary>Divide by "HTTNV or better" instead of "HTTNV" (some localities). Default false.</summary>
    public bool OfGoodOrBetter { get; init; }
}
