using System.CommandLine;
using System.Globalization;
using Analytics.Synthetic;

namespace Analytics.App.Commands;

/// <summary>`analytics generate --out DIR [--members N] [--years 2021-2025] [--seed S]`: a synthetic
/// province delivered as subordinate units would deliver it, with planted truth in DIR/truth.json.</summary>
internal static class GenerateCommand
{
    public static Command Create(CliConsole console)
    {
        var output = new Option<string>("--out") { Description = "Folder to write the province into", Required = true };
        var members = new Option<int>("--members")
        {
            Description = "Party members in the province",
            DefaultValueFactory = _ => new ProvinceOptions().Members,
        };
        var years = new Option<string>("--years") { Description = "Rating years, FIRST-LAST", DefaultValueFactory = _ => "2021-2025" };
        var seed = new Option<int>("--seed")
        {
            Description = "Random seed (the same seed gives the same files)",
            DefaultValueFactory = _ => new ProvinceOptions().Seed,
        };
        var clean = new Option<bool>("--clean") { Description = "Plant nothing: a province that obeys every rule" };
        var tidy = new Option<bool>("--tidy") { Description = "Canonical UTF-8 CSV only (no messy spellings, encodings or bad rows)" };
        var sqlite = new Option<string?>("--sqlite")
        {
            Description = "Also deliver one commune as a SQLite database at this path (a real SQL source for `analytics pull`)",
        };
        var command = new Command("generate", "Write a synthetic province with planted violations and formalistic units")
            { output, members, years, seed, clean, tidy, sqlite };
        command.SetAction(parse =>
        {
            if (!TryYears(parse.GetValue(years)!, out var first, out var last))
            {
                console.Error.WriteLine($"error: --years must look like 2021-2025 (got '{parse.GetValue(years)}')");
                return 1;
            }
            if (parse.GetValue(members) < 100)
            {
                console.Error.WriteLine("error: --members must be at least 100");
                return 1;
            }
            var options = new ProvinceOptions
            {
                Members = parse.GetValue(members),
                FirstYear = first,
                LastYear = last,
                Seed = parse.GetValue(seed),
                Plant = !parse.GetValue(clean),
                Messy = !parse.GetValue(tidy),
            };
            Print(ProvinceGenerator.Write(parse.GetValue(output)!, options), console.Out);
            if (parse.GetValue(sqlite) is { } database)
                PrintBloc(SqliteBloc.Write(parse.GetValue(output)!, database), database, console.Out);
            return 0;
        });
        return command;
    }

    public static void Print(ProvinceSummary s, TextWriter output) =>
        output.WriteLine($"generated {s.Members:N0} members in {s.Units:N0} units: {s.Submissions} submissions, {s.Rows:N0} rows, " +
            $"{s.PlantedViolations:N0} planted violations, {s.PlantedFormalism:N0} formalistic units, {s.BadRows:N0} bad rows " +
            $"in {s.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s → {s.OutDir}");

    public static void PrintBloc((string Submission, long Rows) bloc, string database, TextWriter output) =>
        output.WriteLine($"moved {bloc.Submission} ({bloc.Rows:N0} rows) into the SQLite source {Path.GetFullPath(database)}");

    internal static bool TryYears(string text, out int first, out int last)
    {
        first = last = 0;
        var parts = text.Split('-', StringSplitOptions.TrimEntries);
        if (parts.Length == 1 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out first)) last = first;
        else if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out first)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out last)) return false;
        return first >= 2010 && last <= 2100 && first <= last;
    }
}
