using Analytics.Etl.Loading;
using Analytics.Warehouse.Store;

namespace Analytics.Etl.Sources;

/// <summary>The error report written beside an archived or rejected drop item: one row for a
/// submission rejected whole (its reason) and one per quarantined row (file, line, column, reason,
/// message), and a NOTE row for what reading passed over or took from elsewhere. Nothing is written
/// when there is nothing to say.</summary>
internal static class DropReport
{
    private const string QuarantineSql = """
        SELECT file, line, column_name, reason, message FROM etl_rejected
        WHERE batch_id = $1 ORDER BY file, line, column_name
        """;

    public static void Write(string path, IReadOnlyList<(Submission Submission, IngestReport Report)> loaded, WarehouseStore store)
    {
        var rows = new List<string?[]>();
        foreach (var (submission, report) in loaded)
        {
            rows.AddRange(report.Warnings.Select(w => new string?[] { submission.Name, null, null, null, "NOTE", w }));
            if (report.Status == IngestStatus.Rejected)
                rows.Add([submission.Name, null, null, null, "REJECTED", report.Reason]);
            else if (report.Status == IngestStatus.Loaded && report.Outcome is { Quarantined: > 0 })
                rows.AddRange(store.Rows(QuarantineSql, r => new string?[]
                {
                    submission.Name, r.GetString(0), r.GetInt64(1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                    r.IsDBNull(2) ? null : r.GetString(2), r.GetString(3), r.GetString(4),
                }, report.BatchId));
        }
        if (rows.Count == 0) return;
        using var csv = new InterchangeCsvWriter(path);
        csv.Header(["submission", "file", "line", "column", "reason", "message"]);
        foreach (var row in rows)
        {
            foreach (var cell in row) csv.Cell(cell);
            csv.EndRow();
        }
    }
}
