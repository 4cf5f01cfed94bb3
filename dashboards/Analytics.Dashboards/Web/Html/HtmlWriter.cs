using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Analytics.Dashboards.Web.Html;

/// <summary>A small HTML builder that encodes every text and attribute value. Tag and attribute names
/// are the caller's constants; nothing a user typed or the warehouse holds is ever written raw.
/// Vietnamese letters stay literal (the page is UTF-8); markup characters are escaped.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "a StringWriter over a StringBuilder holds no resource")]
internal sealed class HtmlWriter
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);
    private readonly StringBuilder _sb = new(32 * 1024);
    private readonly StringWriter _out;

    public HtmlWriter() => _out = new StringWriter(_sb, CultureInfo.InvariantCulture);

    /// <summary>Opens an element; dispose the scope to close it.</summary>
    public Scope Tag(string name, params (string Name, object? Value)[] attributes)
    {
        Open(name, attributes);
        return new Scope(this, name);
    }

    /// <summary>An element with text content (encoded).</summary>
    public HtmlWriter El(string name, object? text, params (string Name, object? Value)[] attributes)
    {
        Open(name, attributes);
        Text(text);
        _sb.Append("</").Append(name).Append('>');
        return this;
    }

    /// <summary>A void element (input, meta, link, br).</summary>
    public HtmlWriter Void(string name, params (string Name, object? Value)[] attributes)
    {
        Open(name, attributes);
        return this;
    }

    public HtmlWriter Text(object? text)
    {
        if (text is not null) Encoder.Encode(_out, Format(text));
        return this;
    }

    /// <summary>A link (href encoded like any attribute).</summary>
    public HtmlWriter A(string href, object? text, params (string Name, object? Value)[] attributes) =>
        El("a", text, [("href", href), .. attributes]);

    /// <summary>The doctype: the only raw markup the builder writes besides its own tags.</summary>
    public HtmlWriter Doctype()
    {
        _sb.Append("<!DOCTYPE html>\n");
        return this;
    }

    public override string ToString() => _sb.ToString();

    private void Open(string name, (string Name, object? Value)[] attributes)
    {
        _sb.Append('<').Append(name);
        foreach (var (attribute, value) in attributes)
        {
            if (value is null or false) continue;
            _sb.Append(' ').Append(attribute);
            if (value is true) continue;
            _sb.Append("=\"");
            Encoder.Encode(_out, Format(value));
            _sb.Append('"');
        }
        _sb.Append('>');
    }

    private static string Format(object value) => value switch
    {
        string s => s,
        IFormattable f => f.ToString(null, Labels.Culture),
        _ => value.ToString() ?? "",
    };

    internal readonly struct Scope(HtmlWriter writer, string name) : IDisposable
    {
        public void Dispose() => writer._sb.Append("</").Append(name).Append('>');
    }
}
