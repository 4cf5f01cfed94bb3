using System.Globalization;
using Analytics.Warehouse.Vocabulary;
using ScottPlot;

namespace Analytics.Dashboards.Charts;

/// <summary>One look for every chart, sized to be read on a slide (1200 × 675): the bundled font,
/// large labels, the level colours, Vietnamese number formats (12,3% · 92.315).</summary>
internal static class ChartStyle
{
    public const float TitleSize = 26, AxisLabelSize = 19, TickSize = 17, LegendSize = 17, ValueSize = 15;

    /// <summary>Vietnamese number format, fixed here rather than taken from the machine's ICU data.</summary>
    public static readonly NumberFormatInfo Vi = new()
    {
        NumberDecimalSeparator = ",",
        NumberGroupSeparator = ".",
        PercentDecimalSeparator = ",",
        PercentGroupSeparator = ".",
    };

    public static readonly Color Excellent = Color.FromHex("#1B7F3B"), Good = Color.FromHex("#6BAED6"),
        Completed = Color.FromHex("#F2A93B"), Failed = Color.FromHex("#C62828"), NotRated = Color.FromHex("#9E9E9E"),
        Province = Color.FromHex("#0D47A1"), Muted = Color.FromHex("#90A4AE"), Alert = Color.FromHex("#C62828");

    /// <summary>Levels from the bottom of a stacked bar to its top, in the vocabulary's words.</summary>
    public static readonly (int Level, string Code, string Name, Color Color)[] Levels =
        [Level(1, Failed), Level(2, Completed), Level(3, Good), Level(4, Excellent)];

    private static (int, string, string, Color) Level(int level, Color color) =>
        (level, Glossary.Level(level), Glossary.LevelName(level), color);

    public static string Percent(double share, string format = "0.0") => (share * 100).ToString(format, Vi) + "%";

    public static string Count(long n) => n.ToString("#,0", Vi);

    public static string Number(double x, string format = "0.00") => x.ToString(format, Vi);

    /// <summary>A new plot with the bundled font registered and the title set.</summary>
    public static Plot Create(string title)
    {
        ChartFonts.EnsureRegistered();
        var plot = new Plot();
        plot.Title(title, TitleSize);
        return plot;
    }

    /// <summary>Applies the font and sizes to everything the plot holds; call once it is built.</summary>
    public static Plot Finish(Plot plot)
    {
        plot.Font.Set(ChartFonts.Family);
        plot.Legend.SetBestFontOnEachRender = false;
        plot.Legend.FontName = ChartFonts.Family;
        plot.Legend.FontSize = LegendSize;
        // A long title (a unit's name, a filter) shrinks to stay within the data area above it.
        var title = plot.Axes.Title.Label.Text ?? "";
        plot.Axes.Title.Label.FontSize = (float)Math.Clamp(820 / (0.58 * Math.Max(title.Length, 1)), 17, TitleSize);
        foreach (var axis in plot.Axes.GetAxes())
        {
            axis.Label.FontSize = AxisLabelSize;
            axis.TickLabelStyle.FontSize = TickSize;
        }
        return plot;
    }

    /// <summary>Year ticks (no fractional years) under a bar or point per year.</summary>
    public static void YearTicks(Plot plot, IReadOnlyList<int> years) =>
        plot.Axes.Bottom.SetTicks(years.Select(y => (double)y).ToArray(),
            years.Select(y => y.ToString(CultureInfo.InvariantCulture)).ToArray());

    /// <summary>Percent ticks 0%, 10% … on the left axis for values in percent units.</summary>
    public static void PercentTicks(Plot plot, double max, double step)
    {
        var ticks = new List<double>();
        for (var t = 0.0; t <= max + 1e-9; t += step) ticks.Add(t);
        plot.Axes.Left.SetTicks(ticks.ToArray(), ticks.Select(t => t.ToString("0", Vi) + "%").ToArray());
    }

    /// <summary>A message in the middle of an empty chart, instead of failing.</summary>
    public static void Empty(Plot plot, string message)
    {
        var note = plot.Add.Annotation(message, Alignment.MiddleCenter);
        note.LabelStyle.FontSize = AxisLabelSize;
        note.LabelStyle.FontName = ChartFonts.Family;
        note.LabelStyle.BackgroundColor = Color.FromHex("#F3F5F7");
        note.LabelStyle.BorderColor = Muted;
        note.LabelStyle.Padding = 14;
        note.LabelStyle.ShadowColor = Colors.Transparent;
        plot.Axes.SetLimits(0, 1, 0, 1);
        plot.Axes.Bottom.SetTicks([], []);
        plot.Axes.Left.SetTicks([], []);
    }

    /// <summary>A text label in data coordinates, in the bundled font.</summary>
    public static ScottPlot.Plottables.Text Label(
        Plot plot, string text, double x, double y, float size, Alignment alignment, Color? color = null, bool bold = false)
    {
        var label = plot.Add.Text(text, x, y);
        label.LabelFontName = ChartFonts.Family;
        label.LabelFontSize = size;
        label.LabelAlignment = alignment;
        label.LabelBold = bold;
        label.LabelFontColor = color ?? Colors.Black;
        return label;
    }
}
