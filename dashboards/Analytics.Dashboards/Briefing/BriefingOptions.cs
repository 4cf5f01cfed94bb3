using Analytics.Dashboards.Charts;
using Analytics.Warehouse.Trends;

namespace Analytics.Dashboards.Briefing;

/// <summary>How a briefing pack is written. Immutable; change with <c>with</c>.</summary>
public sealed record BriefingOptions
{
    /// <summary>R01 quota drawn on the quota chart. Default 0.20 (configuration "Checks:ExcellentQuota").</summary>
    public double ExcellentQuota { get; init; } = 0.20;

    /// <summary>Expected units and freshness limits per source (configuration "Sources"); null: the
    /// units that delivered the year before are expected.</summary>
    public IReadOnlyDictionary<string, SourceExpectation>? Expectations { get; init; }

    /// <summary>Areas the pack may show (an area analyst's scope); null: the whole province.</summary>
    public IReadOnlyCollection<string>? AreaScope { get; init; }

    /// <summary>How many findings and formalism units the briefing lists. Default 10.</summary>
    public int TopCount { get; init; } = 10;

    /// <summary>Chart size in pixels. Default 1200 × 675 (16:9, slide size).</summary>
    public int ChartWidth { get; init; } = 1200;

    /// <summary>Chart size in pixels. Default 1200 × 675.</summary>
    public int ChartHeight { get; init; } = 675;

    /// <summary>When freshness is measured; null: now.</summary>
    public DateTime? AsOf { get; init; }

    /// <summary>How briefing.docx names its issuer, number, signer and recipients (configuration
    /// "Briefing"), and where LibreOffice is.</summary>
    public BriefingSettings Document { get; init; } = new();

    /// <summary>Also render briefing.docx to briefing.pdf with LibreOffice (<see cref="BriefingSettings.Soffice"/>).
    /// Default false: the library writes no PDF unless asked; <c>analytics brief</c> asks unless <c>--no-pdf</c>.
    /// Without LibreOffice the pack is written anyway and <see cref="BriefingResult.PdfNote"/> says why.</summary>
    public bool WritePdf { get; init; }

    internal ChartContext Context(string quarter) => new(quarter, ExcellentQuota, Expectations, AsOf);
}
