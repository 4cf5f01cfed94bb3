namespace Analytics.Warehouse.Store;

// Merges of the fact tables (ratings, positions, summaries, residence).
internal static partial class MergeSqlFacts
{
    public const string RatingRaw =
        "concat_ws(',', record_id, period, subject_kind, subject_source_id, unit_code, role, channel, level_text, score, discipline, comment, decided_on, revision)";

    private const string RatingRawOfS =
        "concat_ws(',', s.record_id, s.period, s.subject_kind, s.subject_source_id, s.unit_code, s.role, s.channel, s.level_text, s.score, s.discipline, s.comment, s.decided_on, s.revision)";

    private const string RatingContent =
        "hash(period, subject_kind, subject_key, unit_code, role, channel, level, not_rated, score, discipline, comment, decided_on)";

    // The same (record_id, revision) twice in one batch: later lines with other content conflict.
    public const string RatingConflictsInBatch = $"""
        INSERT INTO etl_rejected
        SELECT batch_id, file, 'ratings', line, 'record_id', 'DUPLICATE_RECORD',
               'record ''' || record_id || ''' revision ' || revision || ' is delivered again (first on line ' || first_line || ') with different content', raw
        FROM (SELECT batch_id, file, line, record_id, revision, {RatingContent} AS h,
                     first_value({RatingContent}) OVER w AS first_h, first_value(line) OVER w AS first_line, {RatingRaw} AS raw
              FROM stg_rating WHERE batch_id = $1
              WINDOW w AS (PARTITION BY source, record_id, revision ORDER BY file, line))
        WHERE h <> first_h
        """;

    // The same (record_id, revision) already loaded with other content: a correction needs a new revision.
    public const string RatingConflictsWithWarehouse = $"""
        INSERT INTO etl_rejected
        SELECT s.batch_id, s.file, 'ratings', s.line, 'record_id', 'DUPLICATE_RECORD',
               'record ''' || s.record_id || ''' revision ' || s.revision || ' was loaded in batch ' || w.batch_id
                   || ' with different content; send a higher revision to correct it', {RatingRawOfS}
        FROM stg_rating s
        JOIN rating w ON w.source = s.source AND w.record_id = s.record_id AND w.revision = s.revision
        WHERE s.batch_id = $1
          AND hash(s.period, s.subject_kind, s.subject_key, s.unit_code, s.role, s.channel, s.level, s.not_rated, s.score, s.discipline, s.comment, s.decided_on)
           <> hash(w.period, w.subject_kind, w.subject_key, w.unit_code, w.role, w.channel, w.level, w.not_rated, w.score, w.discipline, w.comment, w.decided_on)
          AND NOT EXISTS (SELECT 1 FROM etl_rejected r WHERE r.batch_id = $1 AND r.record_kind = 'ratings' AND r.file = s.file AND r.line = s.line)
        """;

    public const string RatingMerge = """
        INSERT INTO rating
        SELECT s.batch_id, s.line, s.source, s.record_id, s.revision, s.period, s.period_kind, s.period_year, s.subject_kind,
               s.subject_key, s.unit_code, s.role, s.channel, s.level, s.not_rated, s.level_text, s.legacy_label, s.score,
               s.discipline, s.comment, s.decided_on, s.extra
        FROM (SELECT * FROM stg_rating WHERE batch_id = $1
              QUALIFY row_number() OVER (PARTITION BY source, record_id, revision ORDER BY file, line) = 1) s
        WHERE NOT EXISTS (SELECT 1 FROM rating w WHERE w.source = s.source AND w.record_id = s.record_id AND w.revision = s.revision)
        """;

    public const string PositionMerge = """
        INSERT INTO position
        SELECT s.batch_id, s.line, s.person_key, s.unit_code, s.role, s.valid_from, s.valid_to, s.extra
        FROM (SELECT * FROM stg_position WHERE batch_id = $1
              QUALIFY row_number() OVER (PARTITION BY person_key, unit_code, role, valid_from, valid_to ORDER BY file, line) = 1) s
        WHERE NOT EXISTS (SELECT 1 FROM position_current c
                          WHERE c.person_key = s.person_key AND c.unit_code = s.unit_code AND c.role = s.role
                            AND c.valid_from = s.valid_from AND c.valid_to IS NOT DISTINCT FROM s.valid_to)
        """;

    public const string SummaryMerge = """
        INSERT INTO summary
        SELECT s.batch_id, s.line, s.period, s.period_year, s.unit_code, s.role, s.level, s.count, s.extra
        FROM (SELECT * FROM stg_summary WHERE batch_id = $1
              QUALIFY row_number() OVER (PARTITION BY period, unit_code, role, level ORDER BY file DESC, line DESC) = 1) s
        WHERE NOT EXISTS (SELECT 1 FROM summary_current c
                          WHERE c.period = s.period AND c.unit_code = s.unit_code AND c.role = s.role
                            AND c.level IS NOT DISTINCT FROM s.level AND c.count = s.count)
        """;

    public const string ResidenceMerge = """
        INSERT INTO residence_comment
        SELECT s.batch_id, s.line, s.period, s.period_year, s.person_key, s.residence_unit, s.sentiment, s.comment, s.extra
        FROM (SELECT * FROM stg_residence WHERE batch_id = $1
              QUALIFY row_number() OVER (PARTITION BY period, person_key, residence_unit ORDER BY file DESC, line DESC) = 1) s
        WHERE NOT EXISTS (SELECT 1 FROM residence_current c
                          WHERE c.period = s.period AND c.person_key = s.person_key AND c.residence_unit = s.residence_unit
                            AND c.sentiment = s.sentiment AND c.comment IS NOT DISTINCT FROM s.comment)
        """;
}
