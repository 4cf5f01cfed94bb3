using System.CommandLine;
using Analytics.Dashboards.Briefing;
using Analytics.Warehouse.Checks;
using Analytics.Warehouse.Store;

namespace Analytics.App.Commands;

/// <summary>`analytics brief --quarter 2025-Q4 [--out DIR] [--top N] [--no-pdf]`: the quarterly briefing
/// pack — every chart as PNG and SVG, briefing.html in Vietnamese, findings.xlsx, briefing.docx (the
/// report as a document of the Party, configuration "Briefing"), briefing.pdf when LibreOffice is
/// installed, and a zip of them all; and its pseudonymised twin in pseudonymised/.</summary>
internal static class BriefCommand
{
    public static Command Create(Option<string> warehouse, CliConsole console)
    {
        var quarter = new Option<string>("--quarter") { Description = "The quarter, e.g. 2025-Q4", Required = true };
        var output = new Option<string?>("--out") { Description = "Folder of the pack (default: briefings/QUARTER beside the warehouse)" };
        var top = new Option<int>("--top")
        {
            Description = "Findings and formalism units listed in briefing.html and .docx",
            DefaultValueFactory = _ => 10,
        };
        var noPdf = new Option<bool>("--no-pdf") { Description = "Do not render briefing.docx to briefing.pdf with LibreOffice" };
        var command = new Command("brief", "Write the quarterly briefing pack: charts, briefing.html, findings.xlsx, .docx, .pdf, zip")
        {
            quarter, output, top, noPdf,
        };
        command.SetAction(parse =>
        {
            var q = Analytics.Warehouse.Trends.Quarter.Parse(parse.GetValue(quarter)!).ToString();
            var path = parse.GetValue(warehouse)!;
            using var store = WarehouseStore.Open(path);
            var folder = parse.GetValue(output) ?? DefaultFolder(path, q);
            var result = Write(store, q, folder, console.Settings, parse.GetValue(top), pdf: !parse.GetValue(noPdf));
            Print(result, console.Out);
            return 0;
        });
        return command;
    }

    /// <summary>Where a pack goes by default: briefings/QUARTER beside the warehouse file.</summary>
    public static string DefaultFolder(string warehousePath, string quarter) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(warehousePath))!, "briefings", quarter);

    /// <summary>The pack with the configured quota (ExcellentQuota:Share), the sources' expected units and
    /// the document's names (Briefing); briefing.pdf too unless <paramref name="pdf"/> is false.</summary>
    public static BriefingResult Write(
        WarehouseStore store, string quarter, string folder, Configuration.Settings settings, int top = 10, bool pdf = true) =>
        BriefingPack.Write(store, quarter, folder, new BriefingOptions
        {
            ExcellentQuota = settings.Get<ExcellentQuota>(ExcellentQuota.Section).Share,
            Expectations = Serve.SourceExpectations.From(settings.Sources),
            TopCount = top,
            Document = settings.Get<BriefingSettings>(BriefingSettings.Section),
            WritePdf = pdf,
        });

    public static void Print(BriefingResult result, TextWriter output)
    {
        output.WriteLine(
            $"briefing pack {result.Quarter}: {result.Files.Count} files in {result.Folder} ({result.Elapsed.TotalSeconds:0.0} s)");
        output.WriteLine($"  {Path.Combine(result.Folder, BriefingPack.HtmlFile)}");
        output.WriteLine($"  {Path.Combine(result.Folder, BriefingPack.DocumentFile)}");
        if (result.PdfNote is not null) output.WriteLine($"  {result.PdfNote}");
        output.WriteLine($"  {result.ZipPath}");
        output.WriteLine($"  {result.Pseudonymised.ZipPath} (persons by pseudonym, for viewers without the personal-data right)");
    }
}
