using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;

namespace Analytics.Dashboards.Briefing;

// Tables, pictures and their captions: a table's title goes above it, a chart's below it, as
// Vietnamese reports number them ("Bảng 1. …", "Biểu đồ 1. …").
internal sealed partial class PartyDocument
{
    private const long EmuPerTwip = 635;

    /// <summary>A caption paragraph: the bold numbered label, then the title, centred in italics.</summary>
    public void Caption(string label, string title, bool keepWithNext = false)
    {
        var paragraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = CaptionStyle }),
            Text(label + " ", bold: true), Text(title));
        if (keepWithNext) paragraph.ParagraphProperties!.Append(new KeepNext());
        _body.Append(paragraph);
    }

    /// <summary>A bordered table over the text width: the header row bold, centred and repeated on
    /// every page; rows never split across pages. <paramref name="weights"/> share the width between
    /// the columns; <paramref name="numeric"/> columns are right-aligned.</summary>
    public void Table(IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<string>> rows, IReadOnlyList<int> weights,
        IReadOnlyList<bool> numeric)
    {
        if (weights.Count != headers.Count || numeric.Count != headers.Count)
            throw new ArgumentException($"a table of {headers.Count} columns needs as many weights and alignments");
        var total = weights.Sum();
        var widths = weights.Select(w => TextWidth * w / total).ToArray();
        var border = () => new BorderType[]
        {
            new TopBorder { Val = BorderValues.Single, Size = 4 }, new LeftBorder { Val = BorderValues.Single, Size = 4 },
            new BottomBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 },
            new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 },
        };
        var table = new Table(new TableProperties(
            new TableWidth { Width = Twips(TextWidth), Type = TableWidthUnitValues.Dxa },
            new TableBorders(border()),
            new TableLayout { Type = TableLayoutValues.Fixed },
            new TableCellMarginDefault(new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                new TableCellLeftMargin { Width = 57, Type = TableWidthValues.Dxa },
                new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                new TableCellRightMargin { Width = 57, Type = TableWidthValues.Dxa })));
        table.Append(new TableGrid(widths.Select(w => new GridColumn { Width = Twips(w) })));
        table.Append(Row(headers, widths, _ => JustificationValues.Center, bold: true, header: true));
        foreach (var row in rows)
            table.Append(Row(row, widths, i => numeric[i] ? JustificationValues.Right : JustificationValues.Left, false, false));
        _body.Append(table);
        // A little air between the table and what follows it.
        _body.Append(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = TableStyle })));
    }

    private static TableRow Row(IReadOnlyList<string> cells, int[] widths, Func<int, JustificationValues> align, bool bold, bool header)
    {
        var properties = new TableRowProperties(new CantSplit());
        if (header) properties.Append(new TableHeader());
        var row = new TableRow(properties);
        for (var i = 0; i < cells.Count; i++)
            row.Append(new TableCell(
                new TableCellProperties(new TableCellWidth { Width = Twips(widths[i]), Type = TableWidthUnitValues.Dxa }),
                new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = TableStyle }, new Justification { Val = align(i) }),
                    Text(cells[i], bold: bold))));
        return row;
    }

    /// <summary>A PNG picture, centred and as wide as <paramref name="widthShare"/> of the text width
    /// (its height by its aspect ratio), kept on the page of the caption that follows it.</summary>
    public void Picture(byte[] png, int pixelWidth, int pixelHeight, string description, double widthShare = 0.9)
    {
        var main = _package.MainDocumentPart!;
        var part = main.AddImagePart(ImagePartType.Png);
        using (var stream = new MemoryStream(png, writable: false)) part.FeedData(stream);
        var id = ++_drawingId;
        long cx = (long)(TextWidth * widthShare) * EmuPerTwip, cy = cx * pixelHeight / pixelWidth;
        var picture = new PIC.Picture(
            new PIC.NonVisualPictureProperties(new PIC.NonVisualDrawingProperties { Id = 0U, Name = $"bieu-do-{id}.png" },
                new PIC.NonVisualPictureDrawingProperties()),
            new PIC.BlipFill(new A.Blip { Embed = main.GetIdOfPart(part) }, new A.Stretch(new A.FillRectangle())),
            new PIC.ShapeProperties(new A.Transform2D(new A.Offset { X = 0L, Y = 0L }, new A.Extents { Cx = cx, Cy = cy }),
                new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle }));
        var inline = new DW.Inline(
            new DW.Extent { Cx = cx, Cy = cy },
            new DW.EffectExtent { LeftEdge = 0L, TopEdge = 0L, RightEdge = 0L, BottomEdge = 0L },
            new DW.DocProperties { Id = id, Name = $"Biểu đồ {id}", Description = description },
            new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(picture) { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        { DistanceFromTop = 0U, DistanceFromBottom = 0U, DistanceFromLeft = 0U, DistanceFromRight = 0U };
        _body.Append(new Paragraph(
            new ParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "120", After = "0" },
                new Justification { Val = JustificationValues.Center }),
            new Run(new Drawing(inline))));
    }
}
