using System.Globalization;

namespace Analytics.Etl.Decoding;

/// <summary>A rating period: a year, a quarter (optional since 2025) or a month. <see cref="Code"/> is the
/// interchange spelling (docs/interchange.md ratings.period): "2024", "2024-Q3", "2024-11".</summary>
/// <param name="Kind">Year, quarter or month.</param>
/// <param name="Year">The calendar year (1–9999 here; <see cref="PeriodParser"/> accepts 1990–2100).</param>
/// <param name="Number">0 for a year, 1–4 for a quarter, 1–12 for a month.</param>
public readonly record struct Period(PeriodKind Kind, int Year, int Number)
{
    public PeriodKind Kind { get; } = Kind;

    public int Year { get; } = Year is >= 1 and <= 9999
        ? Year
        : throw new ArgumentOutOfRangeException(nameof(Year), Year, "A period's year must be between 1 and 9999.");

    public int Number { get; } = ValidNumber(Kind, Number);

    /// <summary>"2024", "2024-Q3" or "2024-11".</summary>
    public string Code => Kind switch
    {
        PeriodKind.Quarter => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-Q{Number}"),
        PeriodKind.Month => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Number:D2}"),
        _ => Year.ToString("D4", CultureInfo.InvariantCulture),
    };

    /// <summary>The period's first day.</summary>
    public DateOnly Start => Kind switch
    {
        PeriodKind.Quarter => new DateOnly(Year, (3 * Number) - 2, 1),
        PeriodKind.Month => new DateOnly(Year, Number, 1),
        _ => new DateOnly(Year, 1, 1),
    };

    /// <summary>The period's last day (inclusive).</summary>
    public DateOnly End => Kind switch
    {
        PeriodKind.Quarter => new DateOnly(Year, 3 * Number, DateTime.DaysInMonth(Year, 3 * Number)),
        PeriodKind.Month => new DateOnly(Year, Number, DateTime.DaysInMonth(Year, Number)),
        _ => new DateOnly(Year, 12, 31),
    };

    /// <summary>The code, so periods print as users write them.</summary>
    public override string ToString() => Code;

    private static int ValidNumber(PeriodKind kind, int number)
    {
        (int min, int max, string what) = kind switch
        {
            PeriodKind.Year => (0, 0, "A year period's number must be 0."),
            PeriodKind.Quarter => (1, 4, "A quarter must be 1–4."),
            PeriodKind.Month => (1, 12, "A month must be 1–12."),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown period kind."),
        };
        return number >= min && number <= max
            ? number
            : throw new ArgumentOutOfRangeException(nameof(number), number, what);
    }
}
