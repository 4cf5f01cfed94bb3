using System.CommandLine;
using System.Text.Json;
using Analytics.Warehouse.Store;

namespace Analytics.App.Commands;

/// <summary>`analytics stats [--json]`: current row counts per record kind.</summary>
internal static class StatsCommand
{
    public static Command Create(Option<string> warehouse, CliConsole console)
    {
        var json = new Option<bool>("--json") { Description = "One JSON object: {\"units\":…,\"people\":…,…}" };
        var command = new Command("stats", "Current row counts per record kind") { json };
        command.SetAction(parse =>
        {
            using var store = WarehouseStore.Open(parse.GetValue(warehouse)!);
            var counts = store.Counts();
            if (parse.GetValue(json)) console.Out.WriteLine(ToJson(counts));
            else Print(counts, console.Out);
            return 0;
        });
        return command;
    }

    public static string ToJson(RecordCounts c) => JsonSerializer.Serialize(ToDictionary(c));

    /// <summary>The counts by record kind, in the order `stats` prints them.</summary>
    public static Dictionary<string, long> ToDictionary(RecordCounts c) => new()
    {
        ["units"] = c.Units,
        ["people"] = c.People,
        ["positions"] = c.Positions,
        ["ratings"] = c.Ratings,
        ["summaries"] = c.Summaries,
        ["residence"] = c.Residence,
    };

    public static void Print(RecordCounts c, TextWriter output)
    {
        output.WriteLine($"units      {c.Units,10:N0}");
        output.WriteLine($"people     {c.People,10:N0}");
        output.WriteLine($"positions  {c.Positions,10:N0}");
        output.WriteLine($"ratings    {c.Ratings,10:N0}");
        output.WriteLine($"summaries  {c.Summaries,10:N0}");
        output.WriteLine($"residence  {c.Residence,10:N0}");
    }
}
