using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Analytics.Dashboards.Briefing;

// The text of a party document: the masthead, the title, body paragraphs and headings, and the
// closing block (recipients and signature), each as Hướng dẫn 36-HD/VPTW (Phụ lục 3) sets it out.
internal sealed partial class PartyDocument
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>The top of the first page, a borderless two-column table: at the left the superior body
    /// (capitals, 14), the issuing body (bold capitals, 14), an asterisk, and "Số …" (14); at the right
    /// "ĐẢNG CỘNG SẢN VIỆT NAM" (bold capitals, 15, underlined the length of the words) and, level with
    /// the number, the place and date in italics. An empty number leaves room for the clerk's.</summary>
    public void Masthead(string superiorBody, string issuingBody, string number, string symbol, string place, DateTime date)
    {
        var numberLine = $"Số {(number.Length == 0 ? "      " : number)}-{symbol}";
        var table = new Table(new TableProperties(
            new TableWidth { Width = Twips(TextWidth), Type = TableWidthUnitValues.Dxa },
            new TableLayout { Type = TableLayoutValues.Fixed }),
            new TableGrid(new GridColumn { Width = Twips(3969) }, new GridColumn { Width = Twips(TextWidth - 3969) }));
        table.Append(new TableRow(
            Cell(3969, Centered(Text(superiorBody.ToUpper(Vietnamese))), Centered(Text(issuingBody.ToUpper(Vietnamese), bold: true)),
                Centered(Text("*"))),
            Cell(TextWidth - 3969, Centered(Text("ĐẢNG CỘNG SẢN VIỆT NAM", bold: true, underline: true, points: 15)))));
        table.Append(new TableRow(
            Cell(3969, Centered(Text(numberLine))),
            Cell(TextWidth - 3969, Centered(Text($"{place}, {DateWords(date)}", italic: true)))));
        _body.Append(table);
    }

    /// <summary>"ngày 05 tháng 01 năm 2026": days below 10 and the months January and February take a
    /// leading zero, as the guidance writes dates.</summary>
    public static string DateWords(DateTime date) =>
        string.Create(CultureInfo.InvariantCulture,
            $"ngày {date.Day:00} tháng {(date.Month <= 2 ? "0" : "")}{date.Month} năm {date.Year}");

    /// <summary>The document kind (bold capitals, 16), its subject (bold, 14) and the five dashes under it.</summary>
    public void Title(string kind, string subject)
    {
        _body.Append(Centered(Text(kind.ToUpper(Vietnamese), bold: true, points: 16), before: 480));
        _body.Append(Centered(Text(subject, bold: true)));
        _body.Append(Centered(Text("-----"), after: 240));
    }

    /// <summary>A body paragraph (justified, first-line indent): plain text, or runs made with <see cref="Text"/>.</summary>
    public void Paragraph(string text) => Paragraph(Text(text));

    public void Paragraph(params Run[] runs) => _body.Append(Styled(BodyStyle, runs));

    /// <summary>A numbered part of the report ("I. …" in bold capitals).</summary>
    public void Heading(string text) => _body.Append(Styled(HeadingStyle, Text(text.ToUpper(Vietnamese))));

    /// <summary>A point within a part ("1. …" in bold).</summary>
    public void Subheading(string text) => _body.Append(Styled(SubheadingStyle, Text(text)));

    /// <summary>A run of text; <paramref name="points"/> overrides the style's size.</summary>
    public static Run Text(string text, bool bold = false, bool italic = false, bool underline = false, double? points = null)
    {
        var properties = new RunProperties();
        if (bold) properties.Append(new Bold());
        if (italic) properties.Append(new Italic());
        if (points is { } p)
        {
            var size = Size(HalfPoints(p));
            properties.Append(new FontSize { Val = size }, new FontSizeComplexScript { Val = size });
        }
        if (underline) properties.Append(new Underline { Val = UnderlineValues.Single });
        var run = new Run(new DocumentFormat.OpenXml.Wordprocessing.Text(text) { Space = SpaceProcessingModeValues.Preserve });
        if (properties.HasChildren) run.PrependChild(properties);
        return run;
    }

    /// <summary>The end of the document: the closing sentence, kept on the page of the signature, then a
    /// borderless two-column table: at the left "Nơi nhận:"
    /// (14, underlined) and the recipients (12), each after a dash, ending with a comma and the last
    /// with a full stop; at the right the signer's authority and title (bold capitals, 14), room for the
    /// signature and seal, and the signer's name (bold, 14).</summary>
    public void Closing(string sentence, IReadOnlyList<string> recipients, string authority, string title, string name)
    {
        var left = new List<Paragraph> { Plain(Text("Nơi nhận:", underline: true)) };
        for (var i = 0; i < recipients.Count; i++)
            left.Add(Plain(Text($"- {recipients[i].TrimEnd(',', '.', ';')}{(i == recipients.Count - 1 ? "." : ",")}", points: 12)));
        var right = new List<Paragraph>();
        if (authority.Length > 0) right.Add(Centered(Text(authority.ToUpper(Vietnamese), bold: true)));
        right.Add(Centered(Text(title.ToUpper(Vietnamese), bold: true)));
        for (var i = 0; i < 4; i++) right.Add(Centered(Text("")));
        right.Add(Centered(Text(name, bold: true)));
        var table = new Table(new TableProperties(
            new TableWidth { Width = Twips(TextWidth), Type = TableWidthUnitValues.Dxa },
            new TableLayout { Type = TableLayoutValues.Fixed }),
            new TableGrid(new GridColumn { Width = Twips(4536) }, new GridColumn { Width = Twips(TextWidth - 4536) }),
            new TableRow(new TableRowProperties(new CantSplit()),
                Cell(4536, [.. left]), Cell(TextWidth - 4536, [.. right])));
        foreach (var text in new[] { sentence, "" })
        {
            var paragraph = Styled(BodyStyle, Text(text));
            paragraph.ParagraphProperties!.Append(new KeepNext());
            _body.Append(paragraph);
        }
        _body.Append(table);
    }

    private static Paragraph Styled(string style, params Run[] runs)
    {
        var paragraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        paragraph.Append(runs);
        return paragraph;
    }

    private static Paragraph Centered(Run run, int before = 0, int after = 0) => new(
        new ParagraphProperties(
            new SpacingBetweenLines { Before = Twips(before), After = Twips(after) },
            new Justification { Val = JustificationValues.Center }),
        run);

    private static Paragraph Plain(Run run) =>
        new(new ParagraphProperties(new SpacingBetweenLines { Before = "0", After = "0" },
            new Justification { Val = JustificationValues.Left }), run);

    /// <summary>A table cell without borders of a width in twips.</summary>
    private static TableCell Cell(int width, params Paragraph[] paragraphs)
    {
        var cell = new TableCell(new TableCellProperties(
            new TableCellWidth { Width = Twips(width), Type = TableWidthUnitValues.Dxa }));
        cell.Append(paragraphs);
        return cell;
    }
}
