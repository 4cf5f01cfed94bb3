using System.Text;

namespace Analytics.Dashboards.Briefing;

/// <summary>HTML encoding of text and attribute values (in double quotes). Only the five characters
/// HTML gives meaning to are escaped: Vietnamese letters stay readable in the file.</summary>
internal static class Html
{
    public static string Encode(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
            sb.Append(c switch { '&' => "&amp;", '<' => "&lt;", '>' => "&gt;", '"' => "&quot;", '\'' => "&#39;", _ => c.ToString() });
        return sb.ToString();
    }
}
