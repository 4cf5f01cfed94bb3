using System.CommandLine;

namespace Analytics.App.Commands;

/// <summary>`analytics bench …`: the benchmarks are their own program now (bench/Analytics.Bench), so the
/// production binary carries neither the load drivers nor the generator's workloads; this verb only says
/// where they went.</summary>
internal static class MovedBenchCommand
{
    public const string NewCommand = "dotnet run -c Release --project bench/Analytics.Bench --";

    public static Command Create(CliConsole console)
    {
        var rest = new Argument<string[]>("ARGS")
        {
            Arity = ArgumentArity.ZeroOrMore,
            Description = "What used to follow `analytics bench`",
        };
        var command = new Command("bench", $"Moved: the benchmarks run as `{NewCommand} ingest|check|…`") { rest };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(parse =>
        {
            var run = $"{NewCommand} {string.Join(' ', parse.GetValue(rest) ?? [])}".TrimEnd();
            console.Error.WriteLine($"error: the benchmarks are their own program now: run `{run}` from the repository root");
            return 1;
        });
        return command;
    }
}
