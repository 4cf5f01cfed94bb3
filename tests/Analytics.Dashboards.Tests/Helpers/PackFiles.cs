using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Analytics.Dashboards.Tests.Helpers;

/// <summary>Reading a briefing pack's files back: the paragraphs of a .docx, and the text of any file
/// with Office files (zips of XML) opened up, for searching a pack for what must not be in it.</summary>
internal static class PackFiles
{
    /// <summary>The body's paragraphs as text, in order (table cells included, one paragraph each).</summary>
    public static List<string> Paragraphs(string docx)
    {
        using var document = WordprocessingDocument.Open(docx, false);
        return document.MainDocumentPart!.Document.Body!.Descendants<Paragraph>().Select(p => p.InnerText).ToList();
    }

    /// <summary>All of a .docx's body text, paragraphs separated by new lines.</summary>
    public static string Text(string docx) => string.Join("\n", Paragraphs(docx));

    /// <summary>The text of a file: XML parts of an Office file or a zip (nested zips opened too),
    /// otherwise the file as UTF-8.</summary>
    public static string Searchable(string path) => Searchable(File.ReadAllBytes(path));

    private static string Searchable(byte[] bytes)
    {
        if (bytes.Length < 4 || bytes[0] != (byte)'P' || bytes[1] != (byte)'K') return Encoding.UTF8.GetString(bytes);
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        var sb = new StringBuilder();
        foreach (var entry in zip.Entries)
        {
            using var stream = entry.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            sb.Append(entry.FullName).Append('\n').Append(Searchable(copy.ToArray())).Append('\n');
        }
        return sb.ToString();
    }
}
