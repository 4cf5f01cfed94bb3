using System.CommandLine;
using System.Text.Json;
using Analytics.Warehouse.Checks;
using Analytics.Warehouse.Store;

namespace Analytics.App.Commands;

/// <summary>`analytics check --period P [--rule R..] [--out FILE] [--format csv|json]`: the regulation
/// checks of the period's rule set; findings in the columns of docs/interchange.md, stored with evidence.</summary>
internal static class CheckCommand
{
    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public const string Header = "rule,rule_set,period,subject_kind,subject_id,unit_code,severity,message,regulation";

    public static Command Create(Option<string> warehouse, CliConsole console)
    {
        var periods = new Option<string[]>("--period")
        {
            Description = "Period(s): 2024, 2024-Q3, 2024-11",
            Required = true,
            AllowMultipleArgumentsPerToken = true,
        };
        var rules = new Option<string[]>("--rule") { Description = "Only these rules (R01 … R11)", AllowMultipleArgumentsPerToken = true };
        var output = new Option<string?>("--out") { Description = "Write the findings to this file instead of standard output" };
        var format = new Option<string>("--format") { Description = "csv or json", DefaultValueFactory = _ => "csv" };
        format.AcceptOnlyFromAmong("csv", "json");
        var command = new Command("check", "Run the regulation checks R01–R11 and store the findings") { periods, rules, output, format };
        command.SetAction(parse =>
        {
            var only = parse.GetValue(rules) is { Length: > 0 } r ? r : null;
            if (only?.FirstOrDefault(code => CheckCatalog.Find(code) is null) is { } unknown)
            {
                console.Error.WriteLine($"error: unknown rule '{unknown}' (R01 … R11)");
                return 1;
            }
            using var store = WarehouseStore.Open(parse.GetValue(warehouse)!);
            PseudonymSecret.Bind(store);   // finding ids are keyed with the warehouse's own key
            var results = Run(store, parse.GetValue(periods)!, only, console);
            var path = parse.GetValue(output);
            using var file = path is null ? null : new StreamWriter(path, false, new System.Text.UTF8Encoding(false));
            Write(results.SelectMany(x => x.Findings).ToList(), parse.GetValue(format)!, file ?? console.Out);
            return 0;
        });
        return command;
    }

    public static List<CheckRunResult> Run(
        WarehouseStore store, IEnumerable<string> periods, IReadOnlyCollection<string>? rules, CliConsole console)
    {
        var settings = console.Settings;
        var runner = new CheckRunner(
            store, settings.Get<CheckSettings>(CheckSettings.Section), settings.Get<ExcellentQuota>(ExcellentQuota.Section));
        var results = new List<CheckRunResult>();
        foreach (var period in periods)
        {
            console.Cancellation.ThrowIfCancellationRequested();
            var result = runner.Run(period, rules);
            console.Error.WriteLine(
                $"{result.Period} (rule set {result.RuleSet}, {string.Join(" ", result.Rules)}): {result.Findings.Count} findings — " +
                $"{result.New} new, {result.StillHolding} still holding, {result.ResolvedByData} resolved by data — " +
                $"in {result.Elapsed.TotalSeconds:0.00} s");
            results.Add(result);
        }
        return results;
    }

    public static void Write(IReadOnlyList<Finding> findings, string format, TextWriter output)
    {
        if (format == "json")
        {
            output.WriteLine(JsonSerializer.Serialize(findings.Select(f => new Dictionary<string, string>
            {
                ["rule"] = f.Rule,
                ["rule_set"] = f.RuleSet,
                ["period"] = f.Period,
                ["subject_kind"] = f.SubjectKind,
                ["subject_id"] = f.SubjectId,
                ["unit_code"] = f.UnitCode,
                ["severity"] = f.Severity,
                ["message"] = f.Message,
                ["regulation"] = f.Regulation,
            }), Indented));
            return;
        }
        output.WriteLine(Header);
        foreach (var f in findings)
            output.WriteLine(string.Join(',', new[]
            {
                f.Rule, f.RuleSet, f.Period, f.SubjectKind, f.SubjectId, f.UnitCode, f.Severity, f.Message, f.Regulation,
            }.Select(CsvText.Field)));
    }
}
