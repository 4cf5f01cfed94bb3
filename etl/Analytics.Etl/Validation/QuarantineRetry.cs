using System.Text;
using Analytics.Etl.Loading;
using Analytics.Etl.Sources;
using Analytics.Warehouse.Store;

namespace Analytics.Etl.Validation;

/// <summary>`analytics rejects --retry [--reason R]`: quarantined rows whose cause may since be fixed
/// (UNKNOWN_UNIT before the unit registry arrived; a spelling a newer version reads) are validated
/// again. Each original batch's rows, under their file's header as delivered, form a new submission —
/// a batch of its own (same source, connector "retry") — that loads through the same decoding and
/// validation: rows that pass load, rows that still fail are quarantined in the new batch. etl_retry
/// links every line of the new batch to the quarantined row it re-read, in the batch's transaction, and
/// a row once retried is not retried from its old batch again (its new quarantine entry may be).</summary>
internal static class QuarantineRetry
{
    // Set-level faults (a record id delivered twice with different content) concern other rows as
    // well; rows without raw text cannot be read again.
    private const string PendingSql = """
        SELECT r.batch_id, r.file, r.line, r.raw, h.header, b.source
        FROM etl_rejected r
        JOIN etl_batch b ON b.batch_id = r.batch_id AND b.status = 'loaded'
        LEFT JOIN etl_file_header h ON h.batch_id = r.batch_id AND h.file = r.file
        WHERE r.raw IS NOT NULL AND r.reason <> 'DUPLICATE_RECORD' AND ($1 = '' OR r.reason = $1)
          AND NOT EXISTS (SELECT 1 FROM etl_retry t
                          WHERE t.original_batch_id = r.batch_id AND t.original_file = r.file AND t.original_line = r.line)
        ORDER BY r.batch_id, r.file, r.line
        """;

    private const string KeepHeaderSql = "INSERT OR REPLACE INTO etl_file_header VALUES ($1, $2, $3, $4)";

    // Inside the retry's own transaction: its batch is the newest with its content hash.
    private const string RetryBatchSql = "SELECT max(batch_id) FROM etl_batch WHERE content_hash = $1";

    private const string LineageSql = "INSERT INTO etl_retry VALUES ($1, $2, $3, $4, $5, $6)";

    /// <summary>Keeps a file's header with its batch, so its quarantined rows can be retried (called
    /// for a file that had quarantined rows; written in the batch's own transaction).</summary>
    public static void KeepHeader(BatchWriter batch, WarehouseStore store, string file, string header, char separator)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var batchId = batch.BatchId;   // now: a group's writer moves on to the next batch before it commits
        batch.OnCommit(() => store.Execute(KeepHeaderSql, batchId, file, header, separator.ToString()));
    }

    private sealed record Pending(long Batch, string File, long Line, string Raw, string? Header, string Source);

    /// <summary>Retries the pending quarantined rows (of one reason, or all); one batch per original batch.</summary>
    public static RetryReport Run(WarehouseStore store, PersonKeys keys, string? reason)
    {
        ArgumentNullException.ThrowIfNull(store);
        var pending = store.Rows(PendingSql, r => new Pending(r.GetInt64(0), r.GetString(1), r.GetInt64(2), r.GetString(3),
            r.IsDBNull(4) ? null : r.GetString(4), r.GetString(5)), reason ?? "").ToList();
        var batches = new List<IngestReport>();
        foreach (var group in pending.Where(p => p.Header is not null).GroupBy(p => p.Batch))
        {
            var rows = group.ToList();
            var (submission, lineage) = Resubmission(group.Key, rows);
            var hash = ContentHash.Of(submission);
            using var ingestor = new SubmissionIngestor(store, keys, new IngestOptions { Source = rows[0].Source });
            batches.Add(ingestor.Ingest(submission, rows[0].Source, withCommit: () =>
            {
                var id = store.Rows(RetryBatchSql, r => r.GetInt64(0), hash).Single();
                foreach (var (file, line, original) in lineage)
                    store.Execute(LineageSql, id, file, line, original.Batch, original.File, original.Line);
            }));
        }
        var headerless = pending.Where(p => p.Header is null).Select(p => p.Batch).Distinct().Order().ToList();
        return new RetryReport(pending.Count(p => p.Header is not null), batches, headerless);
    }

    /// <summary>The rows of one original batch as files under their headers, and which line of the new
    /// files is which quarantined row (a raw row may span lines: a quoted line break).</summary>
    private static (Submission, List<(string File, long Line, Pending Original)>) Resubmission(long batch, List<Pending> rows)
    {
        var files = new List<SubmissionFile>();
        var lineage = new List<(string, long, Pending)>();
        foreach (var file in rows.GroupBy(r => r.File))
        {
            var text = new StringBuilder(file.First().Header).Append('\n');
            long line = 2;
            foreach (var row in file)
            {
                lineage.Add((file.Key, line, row));
                text.Append(row.Raw).Append('\n');
                line += 1 + row.Raw.Count(c => c == '\n');
            }
            var bytes = new UTF8Encoding(false).GetBytes(text.ToString());
            files.Add(new SubmissionFile(file.Key, bytes.Length, () => new MemoryStream(bytes, writable: false)));
        }
        return (new Submission($"retry of batch {batch}", "retry", $"quarantine of batch {batch}", files), lineage);
    }
}

/// <summary>What a retry did: the rows it read again, one ingest report per original batch, and the
/// batches whose quarantined rows could not be read again (loaded before headers were kept).</summary>
internal sealed record RetryReport(int Rows, IReadOnlyList<IngestReport> Batches, IReadOnlyList<long> Headerless);
