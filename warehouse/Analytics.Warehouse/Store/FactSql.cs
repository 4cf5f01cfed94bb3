namespace Analytics.Warehouse.Store;

// Set-level checks of the fact tables, run on the batch's freshly appended rows. Each check first
// copies the offending rows to etl_rejected (with the file name and a plain message), then deletes
// them by rowid; $1 is the batch id.
internal static class FactSql
{
    /// <summary>A fact table, its record kind, and how to print one of its rows as raw text.</summary>
    internal sealed record Fact(string Table, string Kind, string Raw);

    public static readonly Fact Ratings = new("rating", "ratings",
        "concat_ws(',', t.record_id, period_code(t.period_kind, t.period_year, t.period_no), t.subject_kind, coalesce(t.subject_unit, 'person#' || t.person_key), t.unit_code, t.role, t.channel, t.level, t.score, t.discipline, t.comment, t.decided_on, t.revision)");
    public static readonly Fact Positions = new("position", "positions",
        "concat_ws(',', 'person#' || t.person_key, t.unit_code, t.role, t.valid_from, t.valid_to)");
    public static readonly Fact Summaries = new("summary", "summaries",
        "concat_ws(',', period_code(t.period_kind, t.period_year, t.period_no), t.unit_code, t.role, t.level, t.count)");
    public static readonly Fact Residence = new("residence_comment", "residence",
        "concat_ws(',', period_code(t.period_kind, t.period_year, t.period_no), 'person#' || t.person_key, t.residence_unit, t.sentiment, t.comment)");

    /// <summary>The offending rows: (rid, column, reason, message) from a query over the batch's rows <c>t</c>.</summary>
    public static string Quarantine(Fact fact, string offenders) => $"""
        INSERT INTO etl_rejected
        SELECT t.batch_id, f.file, '{fact.Kind}', t.line, o.column_name, o.reason, o.message, {fact.Raw}
        FROM {fact.Table} t
        JOIN ({offenders}) o ON o.rid = t.rowid
        JOIN etl_file f ON f.batch_id = t.batch_id AND f.file_no = t.file_no
        """;

    public static string Delete(Fact fact, string offenders) => $"DELETE FROM {fact.Table} WHERE rowid IN (SELECT rid FROM ({offenders}))";

    private const string RatingContent =
        "hash(period_kind, period_year, period_no, subject_kind, person_key, subject_unit, unit_code, role, channel, level, score, discipline, comment, decided_on)";

    // The (record_id, revision) keys delivered more than once in this batch; usually none.
    public const string DuplicateKeys = """
        CREATE OR REPLACE TEMP TABLE batch_duplicate_key AS
        SELECT record_id, revision FROM rating WHERE batch_id = $1 GROUP BY record_id, revision HAVING count(*) > 1
        """;

    public const string DuplicateKeysOfSuspects = """
        CREATE OR REPLACE TEMP TABLE batch_duplicate_key AS
        SELECT r.record_id, r.revision
        FROM rating r JOIN (SELECT DISTINCT record_id, revision FROM stg_suspect WHERE batch_id = $1) s USING (record_id, revision)
        WHERE r.batch_id = $1 GROUP BY r.record_id, r.revision HAVING count(*) > 1
        """;

    public const string DuplicateKeyCount = "SELECT count(*) FROM batch_duplicate_key";
    public const string DropDuplicateKeys = "DROP TABLE IF EXISTS batch_duplicate_key";

    // Whether this batch's source delivered anything before (else no rating can be seen before).
    public const string SourceHasEarlierBatches = """
        SELECT count(*) FROM etl_batch
        WHERE batch_id <> $1 AND status = 'loaded' AND source = (SELECT source FROM etl_batch WHERE batch_id = $1)
        """;

    // The same (record_id, revision) again in this batch: a later line with other content conflicts.
    public const string RatingConflictsInBatch = $"""
        SELECT rid, 'record_id' AS column_name, 'DUPLICATE_RECORD' AS reason,
               'record ''' || record_id || ''' revision ' || revision || ' is delivered again (first on line ' || first_line || ') with different content' AS message
        FROM (SELECT rowid AS rid, record_id, revision, {RatingContent} AS h,
                     first_value({RatingContent}) OVER w AS first_h, first_value(line) OVER w AS first_line
              FROM rating
              WHERE batch_id = $1 AND (record_id, revision) IN (SELECT (record_id, revision) FROM batch_duplicate_key)
              WINDOW w AS (PARTITION BY record_id, revision ORDER BY file_no, line))
        WHERE h <> first_h
        """;

    // Identical repeats within the batch: all but the first are unchanged.
    public const string RatingRepeatsInBatch = """
        SELECT rid FROM (
            SELECT rowid AS rid, row_number() OVER (PARTITION BY record_id, revision ORDER BY file_no, line) AS n
            FROM rating
            WHERE batch_id = $1 AND (record_id, revision) IN (SELECT (record_id, revision) FROM batch_duplicate_key))
        WHERE n > 1
        """;

    // The same (record_id, revision) already loaded from the same source: identical = unchanged,
    // different = a conflict (a correction needs a higher revision). Only this batch's record ids
    // are looked up, so the cost follows the batch, not the warehouse.
    public const string RatingsSeenBefore = """
        CREATE OR REPLACE TEMP TABLE batch_seen AS
        SELECT n.rowid AS rid, n.record_id, n.revision, o.batch_id AS old_batch,
               hash(n.period_kind, n.period_year, n.period_no, n.subject_kind, n.person_key, n.subject_unit, n.unit_code, n.role, n.channel, n.level, n.score, n.discipline, n.comment, n.decided_on)
             = hash(o.period_kind, o.period_year, o.period_no, o.subject_kind, o.person_key, o.subject_unit, o.unit_code, o.role, o.channel, o.level, o.score, o.discipline, o.comment, o.decided_on) AS same
        FROM rating n
        JOIN (SELECT r.* FROM rating r
              WHERE r.batch_id <> $1
                AND r.record_id IN (SELECT record_id FROM rating WHERE batch_id = $1)
                AND r.batch_id IN (SELECT batch_id FROM etl_batch WHERE source = (SELECT source FROM etl_batch WHERE batch_id = $1))) o
          ON o.record_id = n.record_id AND o.revision = n.revision
        WHERE n.batch_id = $1
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

    /// <summary>Rows whose key and content equal the row in force from earlier batches, or that
    /// repeat an earlier line of this batch exactly. <paramref name="keys"/> and <paramref name="content"/>
    /// are column expressions over the table's columns; the last key should be selective (it
    /// narrows the earlier rows looked at to this batch's keys).</summary>
    public static string Unchanged(Fact fact, string[] keys, string[] content) => $"""
        SELECT t.rowid AS rid FROM {fact.Table} t
        JOIN (SELECT * FROM {fact.Table}
              WHERE batch_id <> $1 AND {keys[^1]} IN (SELECT {keys[^1]} FROM {fact.Table} WHERE batch_id = $1)
              QUALIFY row_number() OVER (PARTITION BY {string.Join(", ", keys)} ORDER BY batch_id DESC, line DESC) = 1) c
          ON {string.Join(" AND ", keys.Select(k => $"{Qualify(k, "c")} = {Qualify(k, "t")}"))}
        WHERE t.batch_id = $1
          AND ({string.Join(", ", content.Select(k => Qualify(k, "c")))}) IS NOT DISTINCT FROM ({string.Join(", ", content.Select(k => Qualify(k, "t")))})
        UNION
        SELECT rid FROM (SELECT rowid AS rid, row_number() OVER (PARTITION BY {string.Join(", ", keys.Concat(content))} ORDER BY file_no, line) AS n
                         FROM {fact.Table} WHERE batch_id = $1) WHERE n > 1
        """;

    // "coalesce(level, 0)" → "coalesce(c.level, 0)"; "unit_code" → "c.unit_code".
    private static string Qualify(string expression, string alias) =>
        expression.Contains('(', StringComparison.Ordinal)
            ? expression.Replace("(", "(" + alias + ".", StringComparison.Ordinal)
            : alias + "." + expression;

    public static string LoadedCount(Fact fact) => $"SELECT count(*) FROM {fact.Table} WHERE batch_id = $1";
}
