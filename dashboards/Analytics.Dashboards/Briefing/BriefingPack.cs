using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using Analytics.Dashboards.Charts;
using Analytics.Warehouse.Store;
using Analytics.Warehouse.Trends;

namespace Analytics.Dashboards.Briefing;

/// <summary>The quarterly briefing pack: every chart (PNG + SVG), briefing.html in Vietnamese,
/// findings.xlsx, briefing.docx (the report as a document of the Party), briefing.pdf when
/// LibreOffice is there to make it, and a zip of them all, for a quarter such as <c>2025-Q4</c>;
/// beside them, in <see cref="PseudonymisedFolder"/>, the same pack with persons shown by
/// pseudonym, for viewers without the personal-data right. Rating figures are of the quarter's
/// rating year (ratings are yearly); "what changed" spans the previous quarter's end to the moment
/// of writing.</summary>
public static class BriefingPack
{
    public const string HtmlFile = "briefing.html", WorkbookFile = "findings.xlsx", DocumentFile = "briefing.docx",
        PdfFile = "briefing.pdf", ChartFolder = "charts", PseudonymisedFolder = "pseudonymised";

    /// <summary>The zip of the full pack: <c>briefing-2025-Q4.zip</c> in the pack's folder.</summary>
    public static string ZipName(string quarter) => $"briefing-{quarter}.zip";

    /// <summary>The zip of the pseudonymised twin: <c>briefing-2025-Q4-pseudonymised.zip</c> in its folder.</summary>
    public static string PseudonymisedZipName(string quarter) => $"briefing-{quarter}-pseudonymised.zip";

    /// <summary>Writes the pack for <paramref name="quarter"/> into <paramref name="outDir"/> (created
    /// if absent; files of an earlier pack are overwritten) and zips it beside the files, and its
    /// pseudonymised twin into <see cref="PseudonymisedFolder"/> under it. A bad quarter →
    /// <see cref="ArgumentException"/>. A PDF that cannot be made never fails the pack: the result says why.</summary>
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
        var data = new ChartData(queries, filter);
        using var snapshot = queries.Snapshot();   // one pass over the ratings for the five queries that read them

        // One connection: the queries run one after another, while building the plots.
        var plots = ChartBook.All.Select(spec => (Spec: spec, Plot: ChartBook.Build(spec, data, filter, context))).ToList();
        var year = q.Year.ToString(CultureInfo.InvariantCulture);
        var facts = new BriefingFacts(q, asOf, options.ExcellentQuota, data.Members, data.Organisations, data.Quota, data.Gaps,
            data.Completeness(q, options.Expectations, asOf), queries.Findings(filter, year),
            data.Formalism.LatestRun, queries.TopFormalism(filter, year, options.TopCount),
            queries.ChangesBetween(filter, q.Start, asOf), options.TopCount, ChartBook.All, options.AreaScope is not null)
        { FindingCounts = data.Findings };
        var issuer = IssuerNames.Resolve(store, options.Document);
        var twinFacts = PseudonymisedFacts.Of(facts, Web.Data.FindingQueries.People(store));

        var folder = Path.GetFullPath(outDir);
        var twin = Path.Combine(folder, PseudonymisedFolder);
        Directory.CreateDirectory(Path.Combine(folder, ChartFolder));
        Directory.CreateDirectory(Path.Combine(twin, ChartFolder));
        var (chartFiles, pngs) = RenderCharts(plots, folder, options);
        var twinFiles = chartFiles.Select(f => CopyInto(twin, folder, f)).ToList();
        var size = (options.ChartWidth, options.ChartHeight);
        var files = new List<string>(chartFiles);
        files.AddRange(Documents(folder, facts, options, issuer, pngs, size, pseudonymised: false));
        twinFiles.AddRange(Documents(twin, twinFacts, options, issuer, pngs, size, pseudonymised: true));

        string? pdfNote = null;
        if (options.WritePdf)
        {
            var pdfs = new[] { folder, twin }.Select(f => (Path.Combine(f, DocumentFile), Path.Combine(f, PdfFile))).ToList();
            var timeout = TimeSpan.FromSeconds(options.Document.ConversionTimeoutSeconds);
            pdfNote = LibreOfficeConversion.Convert(options.Document.Soffice, "pdf", pdfs, timeout);
            if (pdfNote is null)
            {
                files.Add(pdfs[0].Item2);
                twinFiles.Add(pdfs[1].Item2);
            }
            else pdfNote = $"{PdfFile} not written: {pdfNote}; the pack has {DocumentFile}";
        }

        var zip = Zip(folder, ZipName(q.ToString()), files);
        var twinZip = Zip(twin, PseudonymisedZipName(q.ToString()), twinFiles);
        var pseudonymised = new PseudonymisedPack(twin, twinFiles, twinZip);
        return new BriefingResult(q.ToString(), folder, files, zip, clock.Elapsed, pseudonymised, pdfNote);
    }

    /// <summary>Every chart as PNG and SVG under charts/, drawn in parallel (rendering needs no
    /// warehouse); the PNG bytes are kept for briefing.docx.</summary>
    private static (List<string> Files, Dictionary<string, byte[]> Pngs) RenderCharts(
        List<(ChartSpec Spec, ScottPlot.Plot Plot)> plots, string folder, BriefingOptions options)
    {
        var rendered = new (string Png, string Svg, byte[] Bytes)[plots.Count];
        Parallel.For(0, plots.Count, i =>
        {
            var (spec, plot) = plots[i];
            var png = Path.Combine(folder, ChartFolder, spec.FileName + ".png");
            var svg = Path.Combine(folder, ChartFolder, spec.FileName + ".svg");
            var bytes = ChartBook.Png(plot, options.ChartWidth, options.ChartHeight);
            File.WriteAllBytes(png, bytes);
            File.WriteAllText(svg, ChartBook.Svg(plot, options.ChartWidth, options.ChartHeight), new UTF8Encoding(false));
            plot.Dispose();
            rendered[i] = (png, svg, bytes);
        });
        return (rendered.SelectMany(r => new[] { r.Png, r.Svg }).ToList(),
            plots.Select((p, i) => (p.Spec.Id, rendered[i].Bytes)).ToDictionary(p => p.Id, p => p.Bytes, StringComparer.Ordinal));
    }

    /// <summary>briefing.html, findings.xlsx and briefing.docx of one set of facts into a folder; an
    /// earlier briefing.pdf there is removed, since it would no longer match the new .docx.</summary>
    private static List<string> Documents(string folder, BriefingFacts facts, BriefingOptions options, IssuerNames issuer,
        IReadOnlyDictionary<string, byte[]> pngs, (int, int) chartSize, bool pseudonymised)
    {
        File.Delete(Path.Combine(folder, PdfFile));
        var html = Path.Combine(folder, HtmlFile);
        File.WriteAllText(html, BriefingHtml.Render(facts), new UTF8Encoding(false));
        var workbook = Path.Combine(folder, WorkbookFile);
        FindingsWorkbook.Write(workbook, facts.Findings);
        var document = Path.Combine(folder, DocumentFile);
        BriefingDocument.Write(document, facts, options.Document, issuer, pngs, chartSize, pseudonymised);
        return [html, workbook, document];
    }

    private static string CopyInto(string target, string source, string file)
    {
        var copy = Path.Combine(target, Path.GetRelativePath(source, file));
        File.Copy(file, copy, overwrite: true);
        return copy;
    }

    private static string Zip(string folder, string name, IReadOnlyList<string> files)
    {
        var zip = Path.Combine(folder, name);
        File.Delete(zip);
        using var archive = ZipFile.Open(zip, ZipArchiveMode.Create);
        foreach (var file in files)
            archive.CreateEntryFromFile(file, Path.GetRelativePath(folder, file).Replace('\\', '/'), CompressionLevel.Fastest);
        return zip;
    }
}
