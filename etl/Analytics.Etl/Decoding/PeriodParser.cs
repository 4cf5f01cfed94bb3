using System.Globalization;

namespace Analytics.Etl.Decoding;

/// <summary>Reads a period cell: "2024", "năm 2024"; "2024-Q3", "2024Q3", "Q3/2024", "Q3-2024",
/// "quý 3/2024", "quy 3 2024", "Quý III năm 2024"; "2024-11", "11/2024", "tháng 11/2024", "T11/2024".
/// Impossible periods fail with a plain-English reason for the quarantine row.</summary>
internal static class PeriodParser
{
    public const int MinYear = 1990;
    public const int MaxYear = 2100;

    private const string Expected = "expected a year (2024), a quarter (2024-Q3) or a month (2024-11)";

    /// <summary>True with the period; false with <paramref name="error"/> saying what is wrong.</summary>
    public static bool TryParse(string raw, out Period period, out string error)
    {
        // Fast path for the canonical codes, which is what nearly every row holds.
        if (raw is not null && TryCanonical(raw, out period))
        {
            error = "";
            return true;
        }

        period = default;
        string folded = raw is null ? "" : TextFolding.FoldWords(raw);
        if (folded.Length == 0)
        {
            error = "the period is empty; " + Expected;
            return false;
        }

        Span<Token> tokens = stackalloc Token[8];
        int count = Tokenize(folded, tokens);
        if (count < 0 || !TryRead(tokens[..count], out PeriodKind kind, out int year, out int number))
        {
            error = $"'{raw!.Trim()}' is not a period; {Expected}";
            return false;
        }

        return Validate(kind, year, number, out period, out error);
    }

    private static bool TryCanonical(string raw, out Period period)
    {
        period = default;
        if (raw.Length is not (4 or 7) || !AsciiDigits.TryParse(raw.AsSpan(0, 4), out int year)
            || year is < MinYear or > MaxYear)
        {
            return false;
        }

        if (raw.Length == 4)
        {
            period = new Period(PeriodKind.Year, year, 0);
            return true;
        }

        if (raw[4] != '-')
        {
            return false;
        }

        if (raw[5] == 'Q' && raw[6] is >= '1' and <= '4')
        {
            period = new Period(PeriodKind.Quarter, year, raw[6] - '0');
            return true;
        }

        if (AsciiDigits.TryParse(raw.AsSpan(5, 2), out int month) && month is >= 1 and <= 12)
        {
            period = new Period(PeriodKind.Month, year, month);
            return true;
        }

        return false;
    }

    /// <summary>The token sequences that make a period; "năm" may stand before the year.</summary>
    private static bool TryRead(ReadOnlySpan<Token> tokens, out PeriodKind kind, out int year, out int number)
    {
        (kind, year, number) = (PeriodKind.Year, 0, 0);
        int? marker = null;
        int markerValue = 0;
        Span<Token> numbers = stackalloc Token[2];
        int numberCount = 0;
        for (int i = 0; i < tokens.Length; i++)
        {
            Token token = tokens[i];
            switch (token.Kind)
            {
                case TokenKind.QuarterWord or TokenKind.MonthWord when marker is null && i + 1 < tokens.Length:
                    Token next = tokens[++i];
                    bool quarter = token.Kind == TokenKind.QuarterWord;
                    if (!(next.Kind == TokenKind.Number && next.Digits <= 2)
                        && !(quarter && next.Kind == TokenKind.Roman))
                    {
                        return false;
                    }

                    marker = (int)(quarter ? PeriodKind.Quarter : PeriodKind.Month);
                    markerValue = next.Value;
                    break;
                case TokenKind.YearWord when i + 1 < tokens.Length && tokens[i + 1] is { Kind: TokenKind.Number, Digits: 4 }:
                    break;
                case TokenKind.Number when numberCount < numbers.Length:
                    numbers[numberCount++] = token;
                    break;
                default:
                    return false;
            }
        }

        if (marker is int markerKind)
        {
            (kind, number) = ((PeriodKind)markerKind, markerValue);
            if (numberCount != 1 || numbers[0].Digits != 4)
            {
                return false;
            }

            year = numbers[0].Value;
            return true;
        }

        if (numberCount == 1 && numbers[0].Digits == 4)
        {
            year = numbers[0].Value;
            return true;
        }

        // "2024-11" or "11/2024": one four-digit year and a month of one or two digits, either order.
        if (numberCount == 2)
        {
            (Token first, Token second) = (numbers[0], numbers[1]);
            if (first.Digits == 4 && second.Digits <= 2)
            {
                (kind, year, number) = (PeriodKind.Month, first.Value, second.Value);
                return true;
            }

            if (second.Digits == 4 && first.Digits <= 2)
            {
                (kind, year, number) = (PeriodKind.Month, second.Value, first.Value);
                return true;
            }
        }

        return false;
    }

    private static bool Validate(PeriodKind kind, int year, int number, out Period period, out string error)
    {
        period = default;
        if (kind == PeriodKind.Quarter && number is < 1 or > 4)
        {
            error = $"quarter {number} does not exist (quarters are Q1–Q4)";
            return false;
        }

        if (kind == PeriodKind.Month && number is < 1 or > 12)
        {
            error = $"month {number} does not exist (months are 1–12)";
            return false;
        }

        if (year is < MinYear or > MaxYear)
        {
            error = string.Create(CultureInfo.InvariantCulture,
                $"year {year} is outside the supported range {MinYear}–{MaxYear}");
            return false;
        }

        period = new Period(kind, year, number);
        error = "";
        return true;
    }

    /// <summary>Splits folded text into words and numbers, also where letters meet digits ("2024q3",
    /// "t11"). Returns -1 when the text has more tokens than any period needs or a number is too long.</summary>
    private static int Tokenize(string folded, Span<Token> tokens)
    {
        int count = 0;
        int i = 0;
        while (i < folded.Length)
        {
            if (folded[i] == ' ')
            {
                i++;
                continue;
            }

            int start = i;
            bool digits = char.IsAsciiDigit(folded[i]);
            while (i < folded.Length && folded[i] != ' ' && char.IsAsciiDigit(folded[i]) == digits)
            {
                i++;
            }

            if (count == tokens.Length || (digits && i - start > 4))
            {
                return -1;
            }

            ReadOnlySpan<char> text = folded.AsSpan(start, i - start);
            tokens[count++] = digits ? new Token(TokenKind.Number, int.Parse(text, CultureInfo.InvariantCulture), text.Length) : Word(text);
        }

        return count;
    }

    private static Token Word(ReadOnlySpan<char> word) => word switch
    {
        "nam" => new Token(TokenKind.YearWord, 0, 0),
        "quy" or "q" => new Token(TokenKind.QuarterWord, 0, 0),
        "thang" or "t" or "m" => new Token(TokenKind.MonthWord, 0, 0),
        "i" => new Token(TokenKind.Roman, 1, 0),
        "ii" => new Token(TokenKind.Roman, 2, 0),
        "iii" => new Token(TokenKind.Roman, 3, 0),
        "iv" => new Token(TokenKind.Roman, 4, 0),
        "v" => new Token(TokenKind.Roman, 5, 0),
        _ => new Token(TokenKind.Other, 0, 0),
    };

    private enum TokenKind : byte { Other, Number, Roman, YearWord, QuarterWord, MonthWord }

    private readonly record struct Token(TokenKind Kind, int Value, int Digits);
}
