using System.Buffers.Binary;
using System.Xml.Linq;

namespace Analytics.Dashboards.Tests.Helpers;

/// <summary>Reading rendered charts back: PNG size from its header, the texts of an SVG.</summary>
internal static class Pictures
{
    private static readonly byte[] PngSignature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>Width and height from the IHDR chunk (which always comes first).</summary>
    public static (int Width, int Height) PngSize(byte[] png)
    {
        Assert.True(png.AsSpan(0, 8).SequenceEqual(PngSignature), "not a PNG");
        return (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)));
    }

    /// <summary>Every &lt;text&gt; of the SVG, trimmed, in document order.</summary>
    public static List<string> SvgTexts(string svg)
    {
        var doc = XDocument.Parse(svg);
        XNamespace ns = "http://www.w3.org/2000/svg";
        return doc.Descendants(ns + "text").Select(t => t.Value.Trim()).Where(t => t.Length > 0).ToList();
    }

    /// <summary>The (width, height) attributes of the SVG root.</summary>
    public static (string Width, string Height) SvgSize(string svg)
    {
        var root = XDocument.Parse(svg).Root!;
        return ((string)root.Attribute("width")!, (string)root.Attribute("height")!);
    }
}
