using System.CommandLine;
using Analytics.Warehouse.Store;

namespace Analytics.App.Commands;

/// <summary>`analytics export --parquet DIR [--personal-data]`: the warehouse as Parquet, facts
/// Hive-partitioned by rating year, anonymised unless --personal-data.</summary>
internal static class ExportCommand
{
    public static Command Create(Option<string> warehouse, CliConsole console)
    {
        var parquet = new Option<string>("--parquet") { Description = "A new (or empty) folder to write Parquet into", Required = true };
        var personal = new Option<bool>("--personal-data") { Description = "Also export names and source ids (person_identity) and the quarantine's raw rows" };
        var command = new Command("export", "Write the warehouse as Parquet (facts partitioned by year) for other engines") { parquet, personal };
        command.SetAction(parse =>
        {
            using var store = WarehouseStore.Open(parse.GetValue(warehouse)!);
            var personalData = parse.GetValue(personal);
            var tables = ParquetExport.Write(store, parse.GetValue(parquet)!, personalData);
            foreach (var t in tables)
                console.Out.WriteLine($"{t.Name,-18} {t.Rows,12:N0} rows  {t.Path}{(t.Partitioned ? "/period_year=…/" : "")}");
            console.Out.WriteLine(personalData
                ? "exported with personal data (person_identity, raw quarantined rows): handle as confidential"
                : "exported anonymised: persons by pseudonymous key only; person_identity and raw quarantined rows left out");
            return 0;
        });
        return command;
    }
}
