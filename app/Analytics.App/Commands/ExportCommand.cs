using System.CommandLine;
using Analytics.Warehouse.Store;

namespace Analytics.App.Commands;

/// <summary>`analytics export --parquet DIR [--personal-data]`: the warehouse as Parquet, facts
/// Hive-partitioned by rating year; anonymised unless --personal-data (what stays behind: docs/security.md).</summary>
internal static class ExportCommand
{
    public const string Anonymised =
        "exported anonymised: persons by pseudonymous key only; record ids as keyed tokens; no names, source ids, " +
        "free text (comments, notes, quarantine messages and raw rows, unknown columns), file names or logins";

    public const string Personal =
        "exported with personal data (person_identity, comments, notes, raw quarantined rows, logins of reviewers): handle as confidential";

    public static Command Create(Option<string> warehouse, CliConsole console)
    {
        var parquet = new Option<string>("--parquet") { Description = "A new (or empty) folder to write Parquet into", Required = true };
        var personal = new Option<bool>("--personal-data")
        {
            Description = "Export every column: names and source ids (person_identity), free text, raw quarantined rows",
        };
        var command = new Command("export", "Write the warehouse as Parquet (facts partitioned by year) for other engines")
            { parquet, personal };
        command.SetAction(parse =>
        {
            using var store = WarehouseStore.Open(parse.GetValue(warehouse)!);
            PseudonymSecret.Bind(store);   // record ids are keyed with the warehouse's own key
            var personalData = parse.GetValue(personal);
            var tables = ParquetExport.Write(store, parse.GetValue(parquet)!, personalData);
            foreach (var t in tables)
                console.Out.WriteLine($"{t.Name,-18} {t.Rows,12:N0} rows  {t.Path}{(t.Partitioned ? "/period_year=…/" : "")}");
            console.Out.WriteLine(personalData ? Personal : Anonymised);
            return 0;
        });
        return command;
    }
}
