using System.CommandLine;
using System.Globalization;
using Analytics.Etl.Validation;
using Analytics.Warehouse.Store;

namespace Analytics.App.Commands;

/// <summary>`analytics rejects [--reason R] [--out FILE]`: the quarantine as CSV (UTF-8, header), rows
/// since retried left out; `analytics rejects --retry [--reason R]`: validate them again once their
/// cause is fixed (docs/workbooks.md "Retrying quarantined rows").</summary>
internal static class RejectsCommand
{
    public const string Header = "batch,file,record_kind,line,column,reason,message";

    private const string OutstandingSql = """
        SELECT r.batch_id, r.file, r.record_kind, r.line, r.column_name, r.reason, r.message
        FROM etl_rejected r
        WHERE ($1 = '' OR r.reason = $1)
          AND NOT EXISTS (SELECT 1 FROM etl_retry t
                          WHERE t.original_batch_id = r.batch_id AND t.original_file = r.file AND t.original_line = r.line)
        ORDER BY r.batch_id, r.file, r.line, r.column_name
        """;

    private static readonly string[] KnownReasons =
        [.. typeof(Reasons).GetFields().Select(f => (string)f.GetValue(null)!).Order(StringComparer.Ordinal)];

    public static Command Create(Option<string> warehouse, CliConsole console)
    {
        var output = new Option<string?>("--out") { Description = "Write to this file instead of standard output" };
        var retry = new Option<bool>("--retry")
        {
            Description = "Validate the quarantined rows again (e.g. UNKNOWN_UNIT once the unit registry has arrived); " +
                "each original batch's rows load as a new batch",
        };
        var reason = new Option<string?>("--reason")
        {
            Description = "Only rows quarantined for this reason (UNKNOWN_UNIT, UNKNOWN_LEVEL, BAD_DATE, …)",
        };
        var command = new Command("rejects", "The quarantined rows as CSV, or --retry them") { output, retry, reason };
        command.SetAction(parse =>
        {
            var only = parse.GetValue(reason)?.Trim().ToUpperInvariant();
            if (only is not null && !KnownReasons.Contains(only))
            {
                console.Error.WriteLine($"error: unknown reason '{parse.GetValue(reason)}' (one of {string.Join(", ", KnownReasons)})");
                return 1;
            }
            var path = parse.GetValue(warehouse)!;
            using var store = WarehouseStore.Open(path);
            if (parse.GetValue(retry)) return Retry(store, only, console);
            var file = parse.GetValue(output);
            using var writer = file is null ? null : new StreamWriter(file, false, new System.Text.UTF8Encoding(false));
            var count = Write(store, (TextWriter?)writer ?? console.Out, only);
            if (file is not null) console.Error.WriteLine($"{count} quarantined rows written to {file}");
            return 0;
        });
        return command;
    }

    public static int Write(WarehouseStore store, TextWriter output, string? reason = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine(Header);
        var count = 0;
        foreach (var fields in store.Rows(OutstandingSql, r => new[]
        {
            r.GetInt64(0).ToString(CultureInfo.InvariantCulture), r.GetString(1), r.GetString(2),
            r.GetInt64(3).ToString(CultureInfo.InvariantCulture), r.IsDBNull(4) ? "" : r.GetString(4), r.GetString(5), r.GetString(6),
        }, reason ?? ""))
        {
            output.WriteLine(string.Join(',', fields.Select(CsvText.Field)));
            count++;
        }
        return count;
    }

    private static int Retry(WarehouseStore store, string? reason, CliConsole console)
    {
        using var keys = new PersonKeys(PseudonymSecret.Bind(store));
        var report = QuarantineRetry.Run(store, keys, reason);
        if (report.Headerless.Count > 0)
            console.Error.WriteLine($"batches {string.Join(", ", report.Headerless)}: " +
                "quarantined before their files' headers were kept; send those files again instead");
        if (report.Rows == 0)
        {
            console.Out.WriteLine(reason is null ? "no quarantined rows to retry" : $"no quarantined {reason} rows to retry");
            return 0;
        }
        foreach (var batch in report.Batches)
        {
            var o = batch.Outcome;
            console.Out.WriteLine(o is null
                ? $"{batch.Submission}: {batch.Status.ToString().ToLowerInvariant()} ({batch.Reason})"
                : $"{batch.Submission}: {o.Read:N0} rows read again as batch {batch.BatchId}: " +
                    $"{o.Loaded:N0} loaded, {o.Unchanged:N0} unchanged, {o.Quarantined:N0} still quarantined");
        }
        return report.Batches.Any(b => b.Status == Analytics.Etl.Loading.IngestStatus.Rejected) ? 2 : 0;
    }
}
