using System.Text;
using System.Text.RegularExpressions;

namespace Analytics.Etl.Workbooks;

/// <summary>A value every row of a sheet takes (Sources[i].Workbooks[j].Values): a constant
/// ("party_member") or a template of the row's own columns and of the sheet ("{period}-{subject_id}",
/// "{title.period}", "{sheet}", "{row}"). A placeholder whose value is empty leaves the whole value
/// empty, so a record id cannot be made from half its parts.</summary>
internal sealed partial class ValueTemplate
{
    /// <summary>Placeholders that name the sheet rather than a column.</summary>
    public static readonly IReadOnlyList<string> SheetPlaceholders = ["title.period", "title.unit_code", "title.role", "sheet", "row"];

    private readonly (string Text, string? Name)[] _parts;

    private ValueTemplate(string text, (string, string?)[] parts)
    {
        Text = text;
        _parts = parts;
    }

    [GeneratedRegex(@"\{([A-Za-z_.]+)\}")]
    private static partial Regex Placeholder();

    public string Text { get; }

    /// <summary>The placeholders' names, in order.</summary>
    public IEnumerable<string> Names => _parts.Where(p => p.Name is not null).Select(p => p.Name!);

    public static ValueTemplate Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = new List<(string, string?)>();
        var at = 0;
        foreach (Match m in Placeholder().Matches(text))
        {
            if (m.Index > at) parts.Add((text[at..m.Index], null));
            parts.Add(("", m.Groups[1].Value));
            at = m.Index + m.Length;
        }
        if (at < text.Length) parts.Add((text[at..], null));
        return new ValueTemplate(text, [.. parts]);
    }

    /// <summary>The value for one row; null when a placeholder has no value.</summary>
    public string? Render(Func<string, string?> value)
    {
        if (_parts.Length == 1 && _parts[0].Name is null) return _parts[0].Text;
        var text = new StringBuilder();
        foreach (var (literal, name) in _parts)
        {
            if (name is null) { text.Append(literal); continue; }
            if (value(name) is not { Length: > 0 } v) return null;
            text.Append(v);
        }
        return text.Length == 0 ? null : text.ToString();
    }
}
