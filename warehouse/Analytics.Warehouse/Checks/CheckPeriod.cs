using System.Globalization;

namespace Analytics.Warehouse.Checks;

/// <summary>A period as the checks use it: its code, first and last day, the one before it, and
/// whether it is a year.</summary>
public sealed record CheckPeriod(string Code, int Year, bool IsYear, DateOnly Start, DateOnly End, string Previous)
{
    /// <summary>The stored grain: year, quarter or month.</summary>
    public string Kind => IsYear ? "year" : Code[5] == 'Q' ? "quarter" : "month";

    /// <summary>The stored number: 0 for a year, else the quarter or month.</summary>
    public int Number => IsYear ? 0 : int.Parse(Code[5] == 'Q' ? Code[6..] : Code[5..], CultureInfo.InvariantCulture);

    /// <summary>The year and number of the period before.</summary>
    public (int Year, int Number) PreviousParts => IsYear ? (Year - 1, 0)
        : Kind == "quarter" ? (Number == 1 ? (Year - 1, 4) : (Year, Number - 1))
        : (Number == 1 ? (Year - 1, 12) : (Year, Number - 1));

    /// <summary>"2024", "2024-Q3" or "2024-11" (canonical codes, as stored).</summary>
    public static CheckPeriod Parse(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        var text = code.Trim();
        if (text.Length == 4 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
            return new(text, year, true, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31),
                (year - 1).ToString(CultureInfo.InvariantCulture));
        if (text.Length == 7 && text[4] == '-' && int.TryParse(text[..4], NumberStyles.None, CultureInfo.InvariantCulture, out year))
        {
            if (text[5] == 'Q' && text[6] is >= '1' and <= '4')
            {
                var q = text[6] - '0';
                var start = new DateOnly(year, q * 3 - 2, 1);
                var previous = q == 1 ? $"{year - 1}-Q4" : $"{year}-Q{q - 1}";
                return new(text, year, false, start, start.AddMonths(3).AddDays(-1), previous);
            }
            if (int.TryParse(text[5..], NumberStyles.None, CultureInfo.InvariantCulture, out var month) && month is >= 1 and <= 12)
            {
                var start = new DateOnly(year, month, 1);
                var previous = month == 1 ? $"{year - 1}-12" : $"{year}-{month - 1:00}";
                return new(text, year, false, start, start.AddMonths(1).AddDays(-1), previous);
            }
        }
        throw new ArgumentException($"period '{code}' is not a year (2024), a quarter (2024-Q3) or a month (2024-11)");
    }
}
