using System.Text.RegularExpressions;

namespace Analytics.Etl.Workbooks;

/// <summary>A file name pattern of a mapping ("*.xls", "bieu-0?-*.xlsx"): * any run, ? one character,
/// case ignored.</summary>
internal static class NamePattern
{
    public static bool Matches(string pattern, string name)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        var regex = "^" + Regex.Escape(pattern).Replace(@"\*", ".*", StringComparison.Ordinal).Replace(@"\?", ".",
            StringComparison.Ordinal) + "$";
        return Regex.IsMatch(name, regex, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }
}
