using ScottPlot;
using SkiaSharp;

namespace Analytics.Dashboards.Charts;

/// <summary>DejaVu Sans, bundled in this assembly (Fonts/, Bitstream Vera licence), registered with
/// ScottPlot ahead of the system resolver: charts never depend on what fonts a server has, and
/// every Vietnamese letter (ắ, ộ, ữ, đ …) has its glyph. The family keeps its real name so an SVG
/// viewer that has DejaVu uses it and any other falls back to its sans-serif.</summary>
internal sealed class ChartFonts : IFontResolver
{
    public const string Family = "DejaVu Sans";

    private static readonly Lazy<ChartFonts> Registered = new(Register, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly SKTypeface _regular = Load("Fonts/DejaVuSans.ttf");
    private readonly SKTypeface _bold = Load("Fonts/DejaVuSans-Bold.ttf");

    /// <summary>Registers the bundled font once per process (idempotent, thread-safe).</summary>
    public static void EnsureRegistered() => _ = Registered.Value;

    private static ChartFonts Register()
    {
        var fonts = new ChartFonts();
        // ScottPlot asks its resolvers in order; ours answers for DejaVu Sans, the system resolver for the rest.
        lock (Fonts.FontResolvers) Fonts.FontResolvers.Insert(0, fonts);
        Fonts.Default = Family;
        return fonts;
    }

    private static SKTypeface Load(string resource)
    {
        using var stream = typeof(ChartFonts).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException(
                $"embedded font '{resource}' is missing from {typeof(ChartFonts).Assembly.GetName().Name}");
        return SKTypeface.FromStream(stream) ?? throw new InvalidOperationException($"embedded font '{resource}' is not a readable font");
    }

    public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing width) =>
        string.Equals(fontName, Family, StringComparison.OrdinalIgnoreCase) ? (weight >= FontWeight.SemiBold ? _bold : _regular) : null;

    public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) =>
        CreateTypeface(fontName, bold ? FontWeight.Bold : FontWeight.Normal, italic ? FontSlant.Italic : FontSlant.Upright,
            FontSpacing.Normal);
}
