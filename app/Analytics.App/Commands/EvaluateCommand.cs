using System.CommandLine;
using System.Globalization;
using Analytics.Synthetic;
using Analytics.Warehouse.Store;

namespace Analytics.App.Commands;

/// <summary>`analytics evaluate --truth DIR/truth.json`: what the pipeline found against what the
/// synthetic province planted. Exits 3 when a section that has run falls below its bar.</summary>
internal static class EvaluateCommand
{
    public const int BelowBar = 3;

    public static Command Create(Option<string> warehouse, CliConsole console)
    {
        var truth = new Option<string>("--truth") { Description = "The truth.json written by `analytics generate`", Required = true };
        var minPrecision = new Option<double>("--min-precision")
        {
            Description = "Bar for every rule's precision",
            DefaultValueFactory = _ => 1.0,
        };
        var minRecall = new Option<double>("--min-recall")
        {
            Description = "Bar for every rule's recall and the quarantine's",
            DefaultValueFactory = _ => 1.0,
        };
        var minAtK = new Option<double>("--min-precision-at-k")
        {
            Description = "Bar for formalism precision@k",
            DefaultValueFactory = _ => 0.90,
        };
        var command = new Command(
            "evaluate", "Precision and recall of the quarantine, the checks and the formalism ranking against planted truth")
            { truth, minPrecision, minRecall, minAtK };
        command.SetAction(parse =>
        {
            var file = ProvinceTruth.Read(parse.GetValue(truth)!);
            using var store = WarehouseStore.Open(parse.GetValue(warehouse)!);
            var bars = new Bars(parse.GetValue(minPrecision), parse.GetValue(minRecall), parse.GetValue(minAtK));
            return Run(new TruthEvaluation(store, file), bars, console.Out);
        });
        return command;
    }

    internal sealed record Bars(double Precision, double Recall, double PrecisionAtK);

    internal static int Run(TruthEvaluation evaluation, Bars bars, TextWriter output)
    {
        var failed = new List<string>();
        var quarantine = evaluation.Quarantine();
        output.WriteLine(
            $"== quarantine: {quarantine.Planted} bad rows planted, {quarantine.Found} quarantined, {quarantine.Matched} matched " +
            $"— precision {F(quarantine.Precision)}, recall {F(quarantine.Recall)}");
        if (quarantine.Recall < bars.Recall) failed.Add("quarantine recall");

        if (!evaluation.ChecksRan) output.WriteLine("== checks: not run yet (`analytics check`), not evaluated");
        else
        {
            output.WriteLine("== checks");
            output.WriteLine("rule  planted  found  matched  precision  recall");
            foreach (var a in evaluation.Findings())
            {
                output.WriteLine($"{a.Name,-4} {a.Planted,8} {a.Found,6} {a.Matched,8} {F(a.Precision),10} {F(a.Recall),7}");
                if (a.Precision < bars.Precision || a.Recall < bars.Recall) failed.Add(a.Name);
            }
        }

        if (!evaluation.FormalismRan) output.WriteLine("== formalism: not run yet (`analytics formalism`), not evaluated");
        else
        {
            var ranking = evaluation.Formalism();
            output.WriteLine($"== formalism: {ranking.Planted} planted units, {ranking.Scored} scored — " +
                $"precision@{ranking.Planted} {F(ranking.PrecisionAtK)}, AUC {F(ranking.Auc)}");
            if (ranking.PrecisionAtK < bars.PrecisionAtK) failed.Add("formalism precision@k");
        }

        if (failed.Count == 0) return 0;
        output.WriteLine($"below the bar: {string.Join(", ", failed)}");
        return BelowBar;
    }

    private static string F(double value) => double.IsNaN(value) ? "n/a" : value.ToString("0.00", CultureInfo.InvariantCulture);
}
