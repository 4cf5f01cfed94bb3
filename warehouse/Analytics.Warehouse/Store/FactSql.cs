namespace Analytics.Warehouse.Store;

// Set-level checks of the fact tables, run on a group's freshly appended rows ($1 and $2: the first and
// last batch id of the group, $3: its source). Each batch is judged as if it were committed alone after
// the batches before it: repeats within a batch against the batch's first line, and what a batch delivers
// against what earlier batches (committed, or earlier in the group) left in force. Each check first copies
// the offending rows to etl_rejected (with the file name and a plain message), then deletes them by rowid.
internal static class FactSql
{
    /// <summary>A fact table, its record kind, and how to print one of its rows as raw text.</summary>
    internal sealed record Fact(string Table, string Kind, string Raw);

    public static readonly Fact Ratings = new("rating", "ratings",
        "concat_ws(',', t.record_id, period_code(t.period_kind, t.period_year, t.period_no), t.subject_kind, " +
        "coalesce(t.subject_unit, 'person#' || t.person_key), t.unit_code, t.role, t.channel, t.level, t.score, t.discipline, " +
        "t.comment, t.decided_on, t.revision)");
    public static readonly Fact Positions = new("position", "positions",
        "concat_ws(',', 'person#' || t.person_key, t.unit_code, t.role, t.valid_from, t.valid_to)");
    public static readonly Fact Summaries = new("summary", "summaries",
        "concat_ws(',', period_code(t.period_kind, t.period_year, t.period_no), t.unit_code, t.role, t.level, t.count)");
    public static readonly Fact Residence = new("residence_comment", "residence",
        "concat_ws(',', period_code(t.period_kind, t.period_year, t.period_no), 'person#' || t.person_key, t.residence_unit, " +
        "t.sentiment, t.comment)");

    /// <summary>The offending rows: (rid, column, reason, message) from a query over the group's rows <c>t</c>.</summary>
    public static string Quarantine(Fact fact, string offenders) => $"""
        INSERT INTO etl_rejected
        SELECT t.batch_id, f.file, '{fact.Kind}', t.line, o.column_name, o.reason, o.message, {fact.Raw}
        FROM {fact.Table} t
        JOIN ({offenders}) o ON o.rid = t.rowid
        JOIN etl_file f ON f.batch_id = t.batch_id AND f.file_no = t.file_no
        """;

    public static string Delete(Fact fact, string offenders) => $"DELETE FROM {fact.Table} WHERE rowid IN (SELECT rid FROM ({offenders}))";

    private const string RatingContent =
        "hash(period_kind, period_year, period_no, subject_kind, person_key, subject_unit, unit_code, role, channel, level, score, " +
        "discipline, comment, decided_on)";

    // The (batch, record_id, revision) keys delivered more than once in one batch; usually none.
    public const string DuplicateKeys = """
        CREATE OR REPLACE TEMP TABLE batch_duplicate_key AS
        SELECT batch_id, record_id, revision FROM rating WHERE batch_id BETWEEN $1 AND $2
        GROUP BY batch_id, record_id, revision HAVING count(*) > 1
        """;

    public const string DuplicateKeysOfSuspects = """
        CREATE OR REPLACE TEMP TABLE batch_duplicate_key AS
        SELECT r.batch_id, r.record_id, r.revision
        FROM rating r
        JOIN (SELECT DISTINCT batch_id, record_id, revision FROM stg_suspect WHERE batch_id BETWEEN $1 AND $2) s
          USING (batch_id, record_id, revision)
        WHERE r.batch_id BETWEEN $1 AND $2 GROUP BY r.batch_id, r.record_id, r.revision HAVING count(*) > 1
        """;

    public const string DuplicateKeyCount = "SELECT count(*) FROM batch_duplicate_key";
    public const string DropDuplicateKeys = "DROP TABLE IF EXISTS batch_duplicate_key";

    // Whether the source delivered anything before this group (else only batches of the group can repeat).
    public const string SourceHasEarlierBatches = "SELECT count(*) FROM etl_batch WHERE status = 'loaded' AND source = $1";

    // The same (record_id, revision) again in one batch: a later line with other content conflicts.
    public const string RatingConflictsInBatch = $"""
        SELECT rid, 'record_id' AS column_name, 'DUPLICATE_RECORD' AS reason,
               'record ''' || record_id || ''' revision ' || revision
                   || ' is delivered again (first on line ' || first_line || ') with different content' AS message
        FROM (SELECT rowid AS rid, record_id, revision, {RatingContent} AS h,
                     first_value({RatingContent}) OVER w AS first_h, first_value(line) OVER w AS first_line
              FROM rating
              WHERE batch_id BETWEEN $1 AND $2
                AND (batch_id, record_id, revision) IN (SELECT (batch_id, record_id, revision) FROM batch_duplicate_key)
              WINDOW w AS (PARTITION BY batch_id, record_id, revision ORDER BY file_no, line))
        WHERE h <> first_h
        """;

    // Identical repeats within a batch: all but the first are unchanged.
    public const string RatingRepeatsInBatch = """
        SELECT rid FROM (
            SELECT rowid AS rid, row_number() OVER (PARTITION BY batch_id, record_id, revision ORDER BY file_no, line) AS n
            FROM rating
            WHERE batch_id BETWEEN $1 AND $2
              AND (batch_id, record_id, revision) IN (SELECT (batch_id, record_id, revision) FROM batch_duplicate_key))
        WHERE n > 1
        """;

    // The same (record_id, revision) delivered by an earlier batch of the same source: identical =
    // unchanged, different = a conflict (a correction needs a higher revision). After the checks above a
    // batch holds each key once, so each key's reference is the row of the earliest batch that delivered
    // it (committed, or earlier in the group); the rows of later batches are compared with it. Only the
    // group's record ids are looked up, so the cost follows the group, not the warehouse.
    public const string RatingsSeenBefore = $"""
        CREATE OR REPLACE TEMP TABLE batch_seen AS
        WITH fresh AS (
            SELECT rowid AS rid, batch_id, record_id, revision, {RatingContent} AS h
            FROM rating WHERE batch_id BETWEEN $1 AND $2),
        earlier AS (
            SELECT r.batch_id, r.record_id, r.revision, {RatingContent} AS h
            FROM rating r
            WHERE r.batch_id < $1 AND r.record_id IN (SELECT record_id FROM fresh)
              AND r.batch_id IN (SELECT batch_id FROM etl_batch WHERE source = $3)),
        reference AS (
            SELECT record_id, revision, min(batch_id) AS old_batch, arg_min(h, batch_id) AS old_h
            FROM (SELECT batch_id, record_id, revision, h FROM earlier UNION ALL SELECT batch_id, record_id, revision, h FROM fresh)
            GROUP BY record_id, revision HAVING count(*) > 1)
        SELECT f.rid, f.record_id, f.revision, k.old_batch, f.h = k.old_h AS same
        FROM fresh f JOIN reference k USING (record_id, revision)
        WHERE f.batch_id > k.old_batch
        """;

    public const string SeenCount = "SELECT count(*) FROM batch_seen";
    public const string DropSeen = "DROP TABLE IF EXISTS batch_seen";

    public const string RatingConflictsWithWarehouse = """
        SELECT rid, 'record_id' AS column_name, 'DUPLICATE_RECORD' AS reason,
               'record ''' || record_id || ''' revision ' || revision || ' was loaded in batch ' || old_batch
                   || ' with different content; send a higher revision to correct it' AS message
        FROM batch_seen WHERE NOT same
        """;

    public const string RatingsUnchanged = "SELECT rid FROM batch_seen WHERE same";

    /// <summary>Rows whose key and content equal the row in force before their batch (the latest line of
    /// an earlier batch with that key), or that repeat an earlier line of their own batch exactly.
    /// <paramref name="keys"/> and <paramref name="content"/> are column expressions over the table's
    /// columns; the last key should be selective (it narrows the earlier rows looked at to the group's keys).</summary>
    public static string Unchanged(Fact fact, string[] keys, string[] content) => $"""
        SELECT rid FROM (
            SELECT rowid AS rid, batch_id, hash({string.Join(", ", content)}) AS h,
                   arg_max(hash({string.Join(", ", content)}), batch_id * 4294967296 + line) OVER (
                       PARTITION BY {string.Join(", ", keys)} ORDER BY batch_id
                       RANGE BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS before_h,
                   row_number() OVER (PARTITION BY batch_id, {string.Join(", ", keys.Concat(content))} ORDER BY file_no, line) AS n
            FROM {fact.Table}
            WHERE batch_id <= $2 AND {keys[^1]} IN (SELECT {keys[^1]} FROM {fact.Table} WHERE batch_id BETWEEN $1 AND $2))
        WHERE batch_id >= $1 AND (before_h = h OR n > 1)
        """;
}
