using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Analytics.Warehouse.Formalism;
using Analytics.Warehouse.Store;
using Analytics.Warehouse.Vocabulary;

namespace Analytics.App.Commands;

/// <summary>`analytics formalism [--period P..] [--out FILE] [--format csv|json]`: scores every party
/// cell, grassroots organisation and agency for formalism (docs/interchange.md: period, unit_code, score,
/// rank, signals), highest risk first, and stores the run. Without --period: every year in the warehouse.</summary>
internal static class FormalismCommand
{
    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public const string Header = "period,unit_code,score,rank,signals";

    public static Command Create(Option<string> warehouse, CliConsole console)
    {
        var periods = new Option<string[]>("--period")
        {
            Description = "Period(s): 2024, 2024-Q3, 2024-11; default every year in the warehouse",
            AllowMultipleArgumentsPerToken = true,
        };
        var output = new Option<string?>("--out") { Description = "Write the scores to this file instead of standard output" };
        var format = new Option<string>("--format") { Description = "csv or json", DefaultValueFactory = _ => "csv" };
        format.AcceptOnlyFromAmong("csv", "json");
        var command = new Command("formalism", "Score units for formalism (rubber-stamp and inflated ratings) and store the scores")
            { periods, output, format };
        command.SetAction(parse =>
        {
            using var store = WarehouseStore.Open(parse.GetValue(warehouse)!);
            var asked = parse.GetValue(periods) is { Length: > 0 } p ? p : store.RatingYears();
            if (asked.Count == 0)
            {
                console.Error.WriteLine("error: the warehouse holds no rating year to score; ingest first (`analytics ingest`)");
                return 1;
            }
            var result = Run(store, asked, console);
            var path = parse.GetValue(output);
            using var file = path is null ? null : new StreamWriter(path, false, new System.Text.UTF8Encoding(false));
            Write(result.Scores, parse.GetValue(format)!, file ?? console.Out);
            return 0;
        });
        return command;
    }

    public static FormalismResult Run(WarehouseStore store, IReadOnlyList<string> periods, CliConsole console)
    {
        var settings = console.Settings.Get<FormalismSettings>(FormalismSettings.Section);
        var result = new FormalismRunner(store, settings, console.Settings.Get<Analytics.Warehouse.Checks.ExcellentQuota>(
            Analytics.Warehouse.Checks.ExcellentQuota.Section)).Run(periods);
        var scored = result.Scores.Count(s => !s.TooSmall);
        console.Error.WriteLine($"formalism {string.Join(", ", result.Periods)}: {scored:N0} units scored, " +
            $"{result.Scores.Count - scored:N0} too small to score " +
            $"(fewer than {settings.MinRatedMembers} rated members: no score, no rank) — " +
            $"run {result.RunId}, model {result.ModelVersion}, " +
            $"in {result.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture)} s");
        return result;
    }

    public static void Write(IReadOnlyList<FormalismScore> scores, string format, TextWriter output)
    {
        if (format == "json")
        {
            output.WriteLine(JsonSerializer.Serialize(scores.Select(s => new
            {
                period = s.Period,
                unit_code = s.UnitCode,
                score = s.Score is { } x ? Math.Round(x, 4) : (double?)null,
                rank = s.Rank,
                signals = s.Signals,
                reasons = s.Signals.Select(Glossary.Signals.InSentence),
                too_small = s.TooSmall,
            }), Indented));
            return;
        }
        output.WriteLine(Header);
        foreach (var s in scores)
            output.WriteLine(string.Join(',', new[]
            {
                s.Period, s.UnitCode, Score(s.Score), s.Rank?.ToString(CultureInfo.InvariantCulture) ?? "", string.Join(';', s.Signals),
            }.Select(CsvText.Field)));
    }

    /// <summary>The highest-risk units with their reasons in Vietnamese (the demo's summary).</summary>
    public static void PrintTop(IReadOnlyList<FormalismScore> scores, TextWriter output, int count = 10)
    {
        foreach (var s in scores.Where(s => !s.TooSmall).Take(count))
        {
            var reasons = string.Join("; ", s.Signals.Select(Glossary.Signals.InSentence));
            output.WriteLine($"  {s.Period} {s.UnitCode} {Score(s.Score)}: {reasons}");
        }
    }

    private static string Score(double? score) => score?.ToString("0.0000", CultureInfo.InvariantCulture) ?? "";
}
