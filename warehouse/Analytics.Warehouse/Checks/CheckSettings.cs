using System.ComponentModel.DataAnnotations;

namespace Analytics.Warehouse.Checks;

/// <summary>Thresholds of the checks (configuration section "Checks"); defaults from docs/rules.md.
/// R01's quota is the one <see cref="Checks.ExcellentQuota"/> setting. Immutable; change with <c>with</c>.</summary>
public sealed record CheckSettings
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Checks";

    /// <summary>R04: share of members / subordinate organisations HTTNV or better an excellent
    /// organisation needs. Default 0.80.</summary>
    [Range(0.0, 1.0, ErrorMessage = "a share between 0 and 1 is allowed")]
    public double ExcellentOrganisationShare { get; init; } = 0.80;

    /// <summary>R09: a level gap this large between a party organisation and its state counterpart
    /// is out of step. Default 2.</summary>
    [Range(1, 3, ErrorMessage = "a gap of 1 to 3 levels is allowed")]
    public int CounterpartGap { get; init; } = 2;

    /// <summary>R11: final party ratings of year Y are due by this month of Y+1. Default 2 (February).</summary>
    [Range(1, 12, ErrorMessage = "a month 1 to 12 is allowed")]
    public int FinalResultsDueMonth { get; init; } = 2;

    /// <summary>R11: … and this day of that month (clamped to the month's length). Default 28.</summary>
    [Range(1, 31, ErrorMessage = "a day 1 to 31 is allowed")]
    public int FinalResultsDueDay { get; init; } = 28;

    /// <summary>R11: results of a quarter or month are due this many days after it ends. Default 60.</summary>
    [Range(0, 366, ErrorMessage = "0 to 366 days are allowed")]
    public int PeriodResultsDueDays { get; init; } = 60;
}
