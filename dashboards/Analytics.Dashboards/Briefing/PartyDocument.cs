using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Analytics.Dashboards.Briefing;

/// <summary>A Word document laid out as a document of the Party (Hướng dẫn 36-HD/VPTW, 2018): A4
/// portrait, margins top and bottom 20 mm, left 30 mm, right 15 mm; Times New Roman; the body
/// justified with a 1 cm first-line indent and 6 pt between paragraphs; page numbers centred in the
/// top margin from page 2 on. This part builds the package, the styles and the page; the text,
/// tables and pictures are in the other parts. Staff edit the result in Word, so the layout lives in
/// named styles (Body, Heading, TableText, Caption) rather than on each paragraph.</summary>
internal sealed partial class PartyDocument : IDisposable
{
    // Twentieths of a point (twips): A4 is 210 × 297 mm; 1 mm = 56.7 twips.
    private const int PageWidth = 11906, PageHeight = 16838, MarginTop = 1134, MarginBottom = 1134, MarginLeft = 1701, MarginRight = 850;

    /// <summary>The width text may take: the page less the left and right margins (165 mm).</summary>
    public const int TextWidth = PageWidth - MarginLeft - MarginRight;

    private const string Font = "Times New Roman";
    private readonly WordprocessingDocument _package;
    private readonly Body _body;
    private readonly int _bodySize;   // half-points
    private uint _drawingId;

    private PartyDocument(WordprocessingDocument package, Body body, double bodyPoints)
    {
        _package = package;
        _body = body;
        _bodySize = HalfPoints(bodyPoints);
    }

    /// <summary>A new document at <paramref name="path"/> (overwritten) with body text of
    /// <paramref name="bodyPoints"/> points (13–14 by the guidance).</summary>
    public static PartyDocument Create(string path, double bodyPoints, string title, string author, DateTime created)
    {
        if (bodyPoints is < 13 or > 14)
            throw new ArgumentException($"body text must be 13 or 14 pt (Hướng dẫn 36-HD/VPTW), got {bodyPoints}");
        File.Delete(path);
        var package = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        package.PackageProperties.Title = title;
        package.PackageProperties.Creator = author;
        package.PackageProperties.Language = "vi-VN";
        package.PackageProperties.Created = created;
        var main = package.AddMainDocumentPart();
        main.Document = new Document(new Body());
        var document = new PartyDocument(package, main.Document.Body!, bodyPoints);
        document.AddStyles(main);
        return document;
    }

    /// <summary>Ends the document with its page setup and page numbers, and writes it.</summary>
    public void Save()
    {
        var main = _package.MainDocumentPart!;
        var numbered = main.AddNewPart<HeaderPart>();
        numbered.Header = new Header(new Paragraph(
            new ParagraphProperties(new SpacingBetweenLines { After = "0" }, new Justification { Val = JustificationValues.Center }),
            new SimpleField(new Run(new Text("2"))) { Instruction = " PAGE " }));
        // The first page carries no number: an empty first-page header.
        var first = main.AddNewPart<HeaderPart>();
        first.Header = new Header(new Paragraph());
        _body.Append(new SectionProperties(
            new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(numbered) },
            new HeaderReference { Type = HeaderFooterValues.First, Id = main.GetIdOfPart(first) },
            new PageSize { Width = PageWidth, Height = PageHeight, Orient = PageOrientationValues.Portrait },
            new PageMargin
            {
                Top = MarginTop,
                Bottom = MarginBottom,
                Left = MarginLeft,
                Right = MarginRight,
                Header = 567,
                Footer = 567,
                Gutter = 0,
            },
            new TitlePage()));
        main.Document.Save();
    }

    public void Dispose() => _package.Dispose();

    private void AddStyles(MainDocumentPart main)
    {
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        var defaults = new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font, EastAsia = Font },
                new FontSize { Val = Size(_bodySize) }, new FontSizeComplexScript { Val = Size(_bodySize) },
                new Languages { Val = "vi-VN" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto })));
        styles.Styles = new Styles(defaults,
            ParagraphStyle("Normal", "Normal", null, new StyleParagraphProperties()),
            // Body: justified, 1 cm first-line indent, 6 pt after, 1.2 lines (the guidance: at least single, at most 1.5).
            ParagraphStyle(BodyStyle, "Nội dung báo cáo", null, new StyleParagraphProperties(
                Lines(before: 0, after: 120),
                new Indentation { FirstLine = "567" }, new Justification { Val = JustificationValues.Both })),
            ParagraphStyle(HeadingStyle, "Mục báo cáo", new StyleRunProperties(new Bold()), new StyleParagraphProperties(
                new KeepNext(), Lines(before: 120, after: 120),
                new Indentation { FirstLine = "567" }, new Justification { Val = JustificationValues.Both }, new OutlineLevel { Val = 0 })),
            ParagraphStyle(SubheadingStyle, "Tiểu mục báo cáo", new StyleRunProperties(new Bold()), new StyleParagraphProperties(
                new KeepNext(), Lines(before: 60, after: 120),
                new Indentation { FirstLine = "567" }, new Justification { Val = JustificationValues.Both }, new OutlineLevel { Val = 1 })),
            ParagraphStyle(TableStyle, "Chữ trong bảng",
                new StyleRunProperties(new FontSize { Val = "24" }, new FontSizeComplexScript { Val = "24" }),
                new StyleParagraphProperties(new SpacingBetweenLines { Before = "20", After = "20" })),
            ParagraphStyle(CaptionStyle, "Tên bảng và biểu đồ",
                new StyleRunProperties(new Italic(), new FontSize { Val = "26" }, new FontSizeComplexScript { Val = "26" }),
                new StyleParagraphProperties(new SpacingBetweenLines { Before = "60", After = "200" },
                    new Justification { Val = JustificationValues.Center })));
    }

    private const string BodyStyle = "Body", HeadingStyle = "Heading", SubheadingStyle = "Subheading", TableStyle = "TableText",
        CaptionStyle = "Caption";

    /// <summary>Spacing before and after (twips) and 1.2 lines within a paragraph of the body.</summary>
    private static SpacingBetweenLines Lines(int before, int after) =>
        new() { Before = Twips(before), After = Twips(after), Line = "288", LineRule = LineSpacingRuleValues.Auto };

    private static string Twips(int twips) => twips.ToString(CultureInfo.InvariantCulture);

    private static Style ParagraphStyle(string id, string name, StyleRunProperties? run, StyleParagraphProperties paragraph)
    {
        var style = new Style(new StyleName { Val = name }, new PrimaryStyle(), paragraph) { Type = StyleValues.Paragraph, StyleId = id };
        if (id == "Normal") style.Default = true;
        else style.InsertAfter(new BasedOn { Val = "Normal" }, style.StyleName);
        if (run is not null) style.Append(run);
        return style;
    }

    private static int HalfPoints(double points) => (int)Math.Round(points * 2);

    private static string Size(int halfPoints) => halfPoints.ToString(CultureInfo.InvariantCulture);
}
