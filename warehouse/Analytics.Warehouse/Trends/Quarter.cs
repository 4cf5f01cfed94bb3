using System.Globalization;

namespace Analytics.Warehouse.Trends;

/// <summary>A calendar quarter such as <c>2025-Q4</c>: what a briefing pack reports on.</summary>
public readonly record struct Quarter(int Year, int Number)
{
    /// <summary>Parses <c>YYYY-Qn</c> (case-insensitive); anything else → <see cref="ArgumentException"/>
    /// saying what is expected.</summary>
    public static Quarter Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = text.Trim();
        if (t.Length == 7 && t[4] == '-' && (t[5] == 'Q' || t[5] == 'q')
            && int.TryParse(t.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year >= 1900
            && t[6] is >= '1' and <= '4')
            return new Quarter(year, t[6] - '0');
        throw new ArgumentException($"quarter '{text}' is not of the form YYYY-Qn (e.g. 2025-Q4), n from 1 to 4");
    }

    /// <summary>The first day of the quarter.</summary>
    public DateTime Start => new(Year, 3 * Number - 2, 1, 0, 0, 0, DateTimeKind.Unspecified);

    /// <summary>The first moment after the quarter (the next quarter's start).</summary>
    public DateTime End => Start.AddMonths(3);

    /// <summary>The quarter before.</summary>
    public Quarter Previous => Number == 1 ? new Quarter(Year - 1, 4) : new Quarter(Year, Number - 1);

    /// <summary>The quarter as written: <c>2025-Q4</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:0000}-Q{Number}");
}
