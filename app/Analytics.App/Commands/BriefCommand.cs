using System.CommandLine;
using Analytics.Dashboards.Briefing;
using Analytics.Warehouse.Checks;
using Analytics.Warehouse.Store;

namespace Analytics.App.Commands;

/// <summary>`analytics brief --quarter 2025-Q4 [--out DIR] [--top N]`: the quarterly briefing pack —
/// every chart as PNG and SVG, briefing.html in Vietnamese, findings.xlsx, and a zip of them all.</summary>
internal static class BriefCommand
{
    public static Command Create(Option<string> warehouse, CliConsole console)
    {
        var quarter = new Option<string>("--quarter") { Description = "The quarter, e.g. 2025-Q4", Required = true };
        var output = new Option<string?>("--out") { Description = "Folder of the pack (default: briefings/QUARTER beside the warehouse)" };
        var top = new Option<int>("--top") { Description = "Findings and formalism units listed in briefing.html", DefaultValueFactory = _ => 10 };
        var command = new Command("brief", "Write the quarterly briefing pack: charts, briefing.html, findings.xlsx and a zip") { quarter, output, top };
        command.SetAction(parse =>
        {
            var q = Analytics.Warehouse.Trends.Quarter.Parse(parse.GetValue(quarter)!).ToString();
            var path = parse.GetValue(warehouse)!;
            using var store = WarehouseStore.Open(path);
            var result = Write(store, q, parse.GetValue(output) ?? DefaultFolder(path, q), console.Settings, parse.GetValue(top));
            Print(result, console.Out);
            return 0;
        });
        return command;
    }

    /// <summary>Where a pack goes by default: briefings/QUARTER beside the warehouse file.</summary>
    public static string DefaultFolder(string warehousePath, string quarter) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(warehousePath))!, "briefings", quarter);

    /// <summary>The pack with the configured quota (ExcellentQuota:Share) and the sources' expected units.</summary>
    public static BriefingResult Write(
        WarehouseStore store, string quarter, string folder, Configuration.Settings settings, int top = 10) =>
        BriefingPack.Write(store, quarter, folder, new BriefingOptions
        {
            ExcellentQuota = settings.Get<ExcellentQuota>(ExcellentQuota.Section).Share,
            Expectations = Serve.SourceExpectations.From(settings.Sources),
            TopCount = top,
        });

    public static void Print(BriefingResult result, TextWriter output)
    {
        output.WriteLine($"briefing pack {result.Quarter}: {result.Files.Count} files in {result.Folder} ({result.Elapsed.TotalSeconds:0.0} s)");
        output.WriteLine($"  {Path.Combine(result.Folder, BriefingPack.HtmlFile)}");
        output.WriteLine($"  {result.ZipPath}");
    }
}
