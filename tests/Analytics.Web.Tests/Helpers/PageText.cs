using System.Text.RegularExpressions;

namespace Analytics.Web.Tests.Helpers;

/// <summary>A page's HTML as tests compare it: without the whitespace between tags that Razor keeps from the
/// components' indentation (a browser ignores it between table cells and rows).</summary>
internal static partial class PageText
{
    public static async Task<string> GetPageAsync(this HttpClient client, string path) => Compact(await client.GetStringAsync(path));

    public static string Compact(string html) => BetweenTags().Replace(html, "><");

    [GeneratedRegex(@">\s+<")]
    private static partial Regex BetweenTags();
}
