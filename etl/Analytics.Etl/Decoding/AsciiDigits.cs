namespace Analytics.Etl.Decoding;

/// <summary>Digits-only number reading shared by the date and period parsers (no culture, no sign).</summary>
internal static class AsciiDigits
{
    /// <summary>The value of a run of ASCII digits; false when any other character occurs.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        foreach (char c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }
}
