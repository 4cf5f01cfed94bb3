using Analytics.Warehouse.Store;

namespace Analytics.Dashboards.Briefing;

/// <summary>The quarterly briefing pack: every chart (PNG + SVG), briefing.html in Vietnamese,
/// findings.xlsx and a zip of them all, for a quarter such as <c>2025-Q4</c>.</summary>
public static class BriefingPack
{
    /// <summary>Writes the pack for <paramref name="quarter"/> into <paramref name="outDir"/> (created
    /// if absent) and zips it beside the files. A bad quarter → <see cref="ArgumentException"/>.</summary>
    public static BriefingResult Write(WarehouseStore store, string quarter, string outDir, BriefingOptions options)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentException.ThrowIfNullOrWhiteSpace(outDir);
        ArgumentNullException.ThrowIfNull(options);
        throw new NotImplementedException($"briefing pack for {quarter}: in progress");
    }
}
