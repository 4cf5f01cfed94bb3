using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using Analytics.Dashboards.Charts;
using Analytics.Warehouse.Store;
using Analytics.Warehouse.Trends;

namespace Analytics.Dashboards.Briefing;

/// <summary>The quarterly briefing pack: every chart (PNG + SVG), briefing.html in Vietnamese,
/// findings.xlsx and a zip of them all, for a quarter such as <c>2025-Q4</c>. Rating figures are of
/// the quarter's rating year (ratings are yearly); "what changed" spans the previous quarter's end
/// to the moment of writing.</summary>
public static class BriefingPack
{
    public const string HtmlFile = "briefing.html", WorkbookFile = "findings.xlsx", ChartFolder = "charts";

    /// <summary>Writes the pack for <paramref name="quarter"/> into <paramref name="outDir"/> (created
    /// if absent; files of an earlier pack are overwritten) and zips it beside the files as
    /// <c>briefing-QUARTER.zip</c>. A bad quarter → <see cref="ArgumentException"/>.</summary>
    public static BriefingResult Write(WarehouseStore store, string quarter, string outDir, BriefingOptions options)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentException.ThrowIfNullOrWhiteSpace(outDir);
        ArgumentNullException.ThrowIfNull(options);
        if (options.TopCount < 0) throw new ArgumentException($"TopCount must not be negative (got {options.TopCount})", nameof(options));
        var clock = Stopwatch.StartNew();
        var q = Quarter.Parse(quarter);
        var asOf = options.AsOf ?? DateTime.Now;
        var filter = new TrendFilter(ToYear: q.Year, AreaScope: options.AreaScope);
        var context = options.Context(q.ToString()) with { AsOf = asOf };
        var queries = new TrendQueries(store);
        var trend = filter;
        var data = new ChartData(queries, trend);
        using var snapshot = queries.Snapshot();   // one pass over the ratings for the five queries that read them

        // One connection: the queries run one after another, while building the plots.
        var plots = ChartBook.All.Select(spec => (Spec: spec, Plot: ChartBook.Build(spec, data, filter, context))).ToList();
        var facts = new BriefingFacts(q, asOf, options.ExcellentQuota, data.Members, data.Organisations, data.Quota, data.Gaps,
            data.Completeness(q, options.Expectations, asOf), queries.Findings(trend, q.Year.ToString(CultureInfo.InvariantCulture)),
            data.Formalism.LatestRun, queries.TopFormalism(trend, q.Year.ToString(CultureInfo.InvariantCulture), options.TopCount),
            queries.ChangesBetween(trend, q.Start, asOf), options.TopCount, ChartBook.All, options.AreaScope is not null);

        var folder = Path.GetFullPath(outDir);
        var charts = Path.Combine(folder, ChartFolder);
        Directory.CreateDirectory(charts);
        var files = new List<string>();
        // Rendering needs no warehouse: the charts are drawn in parallel.
        var rendered = new (string Png, string Svg)[plots.Count];
        Parallel.For(0, plots.Count, i =>
        {
            var (spec, plot) = plots[i];
            var png = Path.Combine(charts, spec.FileName + ".png");
            var svg = Path.Combine(charts, spec.FileName + ".svg");
            File.WriteAllBytes(png, ChartBook.Png(plot, options.ChartWidth, options.ChartHeight));
            File.WriteAllText(svg, ChartBook.Svg(plot, options.ChartWidth, options.ChartHeight), new UTF8Encoding(false));
            plot.Dispose();
            rendered[i] = (png, svg);
        });
        foreach (var (png, svg) in rendered) files.AddRange([png, svg]);

        var html = Path.Combine(folder, HtmlFile);
        File.WriteAllText(html, BriefingHtml.Render(facts), new UTF8Encoding(false));
        files.Add(html);
        var workbook = Path.Combine(folder, WorkbookFile);
        FindingsWorkbook.Write(workbook, facts.Findings);
        files.Add(workbook);

        var zip = Path.Combine(folder, $"briefing-{q}.zip");
        File.Delete(zip);
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
            foreach (var file in files)
                archive.CreateEntryFromFile(file, Path.GetRelativePath(folder, file).Replace('\\', '/'), CompressionLevel.Fastest);
        return new BriefingResult(q.ToString(), folder, files, zip, clock.Elapsed);
    }
}
