using Analytics.Dashboards.Charts;
using Analytics.Dashboards.Tests.Helpers;
using ScottPlot;
using SkiaSharp;

namespace Analytics.Dashboards.Tests;

/// <summary>The bundled DejaVu Sans: registered ahead of the system fonts, holding a glyph for every
/// Vietnamese letter, used for all the chart's text, and kept as text (NFC) in the SVG.</summary>
public sealed class ChartFontTests
{
    private const string Letters = "aàảãáạăằẳẵắặâầẩẫấậbcdđ"
        + "eèẻẽéẹêềểễếệghiìỉĩíịklmn"
        + "oòỏõóọôồổỗốộơờởỡớợpqrst"
        + "uùủũúụưừửữứựvxyỳỷỹýỵ";

    [Fact]
    public void The_bundled_font_has_every_Vietnamese_letter_in_both_cases_and_both_weights()
    {
        ChartFonts.EnsureRegistered();
        foreach (var bold in new[] { false, true })
        {
            var typeface = Fonts.GetTypeface(ChartFonts.Family, bold, false);
            Assert.Equal("DejaVu Sans", typeface.FamilyName);
            using var font = new SKFont(typeface);
            foreach (var c in Letters + Letters.ToUpperInvariant() + "–—≤·…%")
                Assert.True(font.ContainsGlyph(c), $"no glyph for '{c}' (bold: {bold})");
        }
    }

    [Fact]
    public void The_bundled_font_answers_first_whatever_the_system_has()
    {
        ChartFonts.EnsureRegistered();
        ChartFonts.EnsureRegistered();   // idempotent: registered once
        Assert.IsType<ChartFonts>(Fonts.FontResolvers[0]);
        Assert.Single(Fonts.FontResolvers.OfType<ChartFonts>());
        Assert.Equal(ChartFonts.Family, Fonts.Default);
    }

    [Fact]
    public void Vietnamese_text_round_trips_through_the_svg_as_NFC_text_in_the_bundled_font()
    {
        const string Title = "Đảng bộ xã Hòa Bình: tự phê bình, khuyết điểm — ữ ắ ộ ợ Ư Ỹ";
        using var plot = ChartStyle.Create(Title);
        plot.Add.Bars([1.0, 2.0]).LegendText = "Hoàn thành xuất sắc nhiệm vụ";
        plot.XLabel("Năm đánh giá");
        ChartStyle.Finish(plot);
        var svg = ChartBook.Svg(plot);
        var texts = Pictures.SvgTexts(svg);
        Assert.Contains(Title, texts);
        Assert.Contains("Năm đánh giá", texts);
        Assert.All(texts, t => Assert.True(t.IsNormalized(System.Text.NormalizationForm.FormC), t));
        Assert.Contains("font-family=\"DejaVu Sans\"", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("font-family=\"DejaVu Serif\"", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Diacritics_change_the_pixels_of_the_png()
    {
        byte[] Draw(string title)
        {
            using var plot = ChartStyle.Create(title);
            ChartStyle.Empty(plot, title);
            return ChartBook.Png(ChartStyle.Finish(plot), 600, 200);
        }
        // The same letters without and with their marks: if marks were dropped (a font without the
        // glyphs) the pictures would be the same.
        Assert.NotEqual(Draw("Hoan thanh tot nhiem vu"), Draw("Hoàn thành tốt nhiệm vụ"));
        Assert.NotEqual(Draw("Hoàn thành tốt nhiệm vụ"), Draw("Hoàn thành tốt nhiệm vu"));
    }
}
