using System.Buffers;
using System.Collections.Immutable;
using System.Globalization;

namespace Analytics.Etl.Decoding;

/// <summary>Reads a date cell. ISO "2024-12-15" (also with "/" or "."); Vietnamese day-first
/// "15/12/2024", "5/1/2025", "15-12-2024", "15.12.2024"; compact "20241215"; written out "ngày 15 tháng 12
/// năm 2024". A time part ("T00:00:00", " 08:30", "Z", "+07:00") is tolerated and dropped. Month-first
/// (US) dates are never guessed: "12/15/2024" fails and says why.</summary>
internal static class DateParser
{
    public const int MinYear = 1900; // old members were admitted in the 1930s–40s
    public const int MaxYear = 2100;

    private const string Expected = "expected yyyy-mm-dd or dd/mm/yyyy";

    private static readonly SearchValues<char> DateCharacters = SearchValues.Create("0123456789-/.");
    private static readonly ImmutableArray<string> TimeFormats = ["H:mm", "H:mm:ss", "H:mm:ss.FFFFFFF"];

    /// <summary>True with the date; false with <paramref name="error"/> in plain English.</summary>
    public static bool TryParse(string raw, out DateOnly date, out string error)
    {
        date = default;
        ReadOnlySpan<char> text = raw is null ? default : raw.AsSpan().Trim();
        if (text.IsEmpty)
        {
            error = "the date is empty; " + Expected;
            return false;
        }

        // Fast path for the two shapes nearly every cell has: "2024-12-15" and "15/12/2024".
        if (text.Length == 10)
        {
            if (text[4] == '-' && text[7] == '-'
                && AsciiDigits.TryParse(text[..4], out int y) && AsciiDigits.TryParse(text[5..7], out int m)
                && AsciiDigits.TryParse(text[8..], out int d))
            {
                return Validate(y, m, d, dayFirst: false, text, out date, out error);
            }

            if (text[2] == '/' && text[5] == '/' && AsciiDigits.TryParse(text[..2], out d) && AsciiDigits.TryParse(text[3..5], out m)
                && AsciiDigits.TryParse(text[6..], out y))
            {
                return Validate(y, m, d, dayFirst: true, text, out date, out error);
            }
        }

        ReadOnlySpan<char> datePart = default, timePart = default;
        bool numeric = char.IsAsciiDigit(text[0]) && TrySplitNumeric(text, out datePart, out timePart);
        if (numeric && (timePart.IsEmpty || IsTime(timePart)))
        {
            return TryNumeric(datePart, text, out date, out error);
        }

        string words = TextFolding.FoldWords(text.ToString());
        if (words.Contains("thang", StringComparison.Ordinal))
        {
            return TryWords(words, text, out date, out error);
        }

        error = numeric
            ? $"'{text}' has a time part '{timePart}' that is not a time; {Expected}"
            : $"'{text}' is not a date; {Expected}";
        return false;
    }

    /// <summary>Date part = leading digits and separators; the rest, after a space or 'T', is the time.</summary>
    private static bool TrySplitNumeric(ReadOnlySpan<char> text, out ReadOnlySpan<char> datePart, out ReadOnlySpan<char> timePart)
    {
        int end = text.IndexOfAnyExcept(DateCharacters);
        if (end < 0)
        {
            datePart = text;
            timePart = default;
            return true;
        }

        datePart = text[..end];
        timePart = text[(end + 1)..].Trim();
        return text[end] is ' ' or 'T' or 't' && !timePart.IsEmpty;
    }

    private static bool TryNumeric(ReadOnlySpan<char> part, ReadOnlySpan<char> text, out DateOnly date, out string error)
    {
        date = default;
        int separatorAt = part.IndexOfAny("-/.");
        if (separatorAt < 0)
        {
            if (part.Length == 8)
            {
                return Validate(Number(part[..4]), Number(part[4..6]), Number(part[6..]), dayFirst: false, text, out date, out error);
            }

            error = $"'{text}' is not a date; {Expected}";
            return false;
        }

        char separator = part[separatorAt];
        Span<Range> ranges = stackalloc Range[4];
        int count = part.Split(ranges, separator);
        if (count != 3 || part.ContainsAny(Others(separator)))
        {
            error = $"'{text}' is not a date; {Expected}";
            return false;
        }

        ReadOnlySpan<char> a = part[ranges[0]], b = part[ranges[1]], c = part[ranges[2]];
        if (a.IsEmpty || b.IsEmpty || c.IsEmpty || b.Length > 2)
        {
            error = $"'{text}' is not a date; {Expected}";
            return false;
        }

        if (a.Length == 4 && c.Length <= 2)
        {
            return Validate(Number(a), Number(b), Number(c), dayFirst: false, text, out date, out error);
        }

        if (c.Length == 4 && a.Length <= 2)
        {
            return Validate(Number(c), Number(b), Number(a), dayFirst: true, text, out date, out error);
        }

        error = c.Length == 2 && a.Length <= 2
            ? $"'{text}' has a two-digit year; write the year in full (dd/mm/yyyy)"
            : $"'{text}' is not a date; {Expected}";
        return false;
    }

    /// <summary>"ngày 15 tháng 12 năm 2024", "15 tháng 12 năm 2024", "ngày 5 tháng 1, 2025".</summary>
    private static bool TryWords(string words, ReadOnlySpan<char> text, out DateOnly date, out string error)
    {
        date = default;
        Span<int> numbers = stackalloc int[3];
        int count = 0;
        bool sawMonthWord = false;
        foreach (string word in words.Split(' '))
        {
            if (word is "ngay" or "nam")
            {
                continue;
            }

            if (word == "thang")
            {
                sawMonthWord = count == 1;
                continue;
            }

            if (count == 3 || word.Length > 4 || !int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out numbers[count]))
            {
                count = -1;
                break;
            }

            count++;
        }

        if (count != 3 || !sawMonthWord)
        {
            error = $"'{text}' is not a date; {Expected}";
            return false;
        }

        return Validate(numbers[2], numbers[1], numbers[0], dayFirst: true, text, out date, out error);
    }

    private static bool Validate(int year, int month, int day, bool dayFirst, ReadOnlySpan<char> text, out DateOnly date, out string error)
    {
        date = default;
        if (month is < 1 or > 12)
        {
            error = dayFirst && month <= 31 && day <= 12
                ? $"'{text}': month {month} does not exist; dates are read day first (dd/mm/yyyy)"
                : $"'{text}': month {month} does not exist (months are 1–12)";
            return false;
        }

        if (year is < MinYear or > MaxYear)
        {
            error = string.Create(CultureInfo.InvariantCulture,
                $"'{text}': year {year} is outside the supported range {MinYear}–{MaxYear}");
            return false;
        }

        int days = DateTime.DaysInMonth(year, month);
        if (day < 1 || day > days)
        {
            string monthName = CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);
            error = string.Create(CultureInfo.InvariantCulture,
                $"'{text}': day {day} does not exist in {monthName} {year} (it has {days} days)");
            return false;
        }

        date = new DateOnly(year, month, day);
        error = "";
        return true;
    }

    /// <summary>"08:30", "00:00:00", "08:30:15.123", each optionally with "Z", an offset ("+07:00") or
    /// AM/PM (SA/CH in Vietnamese Windows).</summary>
    private static bool IsTime(ReadOnlySpan<char> time)
    {
        foreach (string suffix in (ReadOnlySpan<string>)["AM", "PM", "SA", "CH", "Z"])
        {
            if (time.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                time = time[..^suffix.Length].TrimEnd();
                break;
            }
        }

        int offsetAt = time.LastIndexOfAny('+', '-');
        if (offsetAt > 0)
        {
            ReadOnlySpan<char> offset = time[(offsetAt + 1)..];
            if (!TimeOnly.TryParseExact(offset, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
                && !TimeOnly.TryParseExact(offset, "HHmm", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                return false;
            }

            time = time[..offsetAt];
        }

        foreach (string format in TimeFormats)
        {
            if (TimeOnly.TryParseExact(time, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                return true;
            }
        }

        return false;
    }

    private static int Number(ReadOnlySpan<char> digits) =>
        digits.Length <= 4 && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out int value) ? value : -1;

    private static string Others(char separator) => separator switch
    {
        '-' => "/.",
        '/' => "-.",
        _ => "-/",
    };
}
