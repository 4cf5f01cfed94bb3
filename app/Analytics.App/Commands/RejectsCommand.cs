using System.CommandLine;
using Analytics.Warehouse.Store;

namespace Analytics.App.Commands;

/// <summary>`analytics rejects [--out FILE]`: the quarantine as CSV (UTF-8, header).</summary>
internal static class RejectsCommand
{
    public const string Header = "batch,file,record_kind,line,column,reason,message";

    public static Command Create(Option<string> warehouse, CliConsole console)
    {
        var output = new Option<string?>("--out") { Description = "Write to this file instead of standard output" };
        var command = new Command("rejects", "The quarantined rows as CSV") { output };
        command.SetAction(parse =>
        {
            using var store = WarehouseStore.Open(parse.GetValue(warehouse)!);
            var path = parse.GetValue(output);
            using var writer = path is null ? null : new StreamWriter(path, false, new System.Text.UTF8Encoding(false));
            var target = (TextWriter?)writer ?? console.Out;
            var count = Write(store, target);
            if (path is not null) console.Error.WriteLine($"{count} quarantined rows written to {path}");
            return 0;
        });
        return command;
    }

    public static int Write(WarehouseStore store, TextWriter output)
    {
        output.WriteLine(Header);
        var count = 0;
        foreach (var (batch, r) in store.Rejects())
        {
            output.WriteLine(string.Join(',', CsvText.Field(batch.ToString(System.Globalization.CultureInfo.InvariantCulture)), CsvText.Field(r.File),
                CsvText.Field(r.RecordKind), CsvText.Field(r.Line.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                CsvText.Field(r.Column ?? ""), CsvText.Field(r.Reason), CsvText.Field(r.Message)));
            count++;
        }
        return count;
    }
}
