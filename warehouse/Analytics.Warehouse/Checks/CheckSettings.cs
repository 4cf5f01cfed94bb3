namespace Analytics.Warehouse.Checks;

/// <summary>Thresholds of the checks (configuration section "Checks"); defaults from docs/rules.md.
/// Immutable; change with <c>with</c>.</summary>
public sealed record CheckSettings
{
    /// <summary>R01: HTXSNV may be at most this share of the denominator. Default 0.20.</summary>
    public double ExcellentQuota { get; init; } = 0.20;

    /// <summary>R01: divide by "HTTNV or better" instead of "HTTNV" (some localities). Default false.</summary>
    public bool QuotaOfGoodOrBetter { get; init; }

    /// <summary>R04: share of members / subordinate organisations HTTNV or better an excellent
    /// organisation needs. Default 0.80.</summary>
    public double ExcellentOrganisationShare { get; init; } = 0.80;

    /// <summary>R09: a level gap this large between a party organisation and its state counterpart
    /// is out of step. Default 2.</summary>
    public int CounterpartGap { get; init; } = 2;

    /// <summary>R11: final party ratings of year Y are due by this month of Y+1. Default 2 (February).</summary>
    public int FinalResultsDueMonth { get; init; } = 2;

    /// <summary>R11: … and this day of that month (clamped to the month's length). Default 28.</summary>
    public int FinalResultsDueDay { get; init; } = 28;

    /// <summary>R11: results of a quarter or month are due this many days after it ends. Default 60.</summary>
    public int PeriodResultsDueDays { get; init; } = 60;
}
