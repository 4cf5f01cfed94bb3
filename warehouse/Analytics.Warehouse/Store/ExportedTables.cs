namespace Analytics.Warehouse.Store;

/// <summary>What `analytics export --parquet` writes of each table, decided column by column. With
/// personal data, every column (plus person_identity). Anonymised, an allowlist: a column a later
/// migration adds stays out until someone decides it here (a test compares these lists with the
/// schema). Anonymised means: no source person id, no name, no text a sender or a user typed (it can
/// hold either), no login name. Persons are their pseudonymous key (person_key; a person finding's
/// subject is the dashboard's pseudonym P-…, the same key in hex); record ids, which source systems
/// often build from a person id, become keyed tokens (equal ids, equal tokens); codes, levels, dates,
/// counts and the checks' own words stay.</summary>
internal static class ExportedTables
{
    /// <summary>One table: its name, the warehouse relation it comes from, whether it is partitioned by
    /// rating year, the anonymised SELECT, and the columns the anonymised export leaves out, each for a
    /// reason given beside it.</summary>
    public sealed record Spec(string Name, string From, bool ByYear, string Anonymised, IReadOnlyList<string> Withheld);

    // Record ids as keyed tokens: export_record_token (record_id, token) is filled by ParquetExport.
    private const string Rating = """
        SELECT r.batch_id, r.file_no, r.line, t.token AS record_id, r.revision, r.period_kind, r.period_year, r.period_no,
               r.subject_kind, r.person_key, r.subject_unit, r.unit_code, r.role, r.channel, r.level, r.legacy_label, r.score,
               r.discipline, r.decided_on
        FROM rating r JOIN export_record_token t USING (record_id)
        """;

    // A person finding names its subject by the pseudonym, in the subject column and in its message and
    // evidence; a person without an identity row (none should be) is "(ẩn danh)", never the id.
    private const string Finding = """
        WITH people AS (
            SELECT source_person_id, any_value(person_key) AS person_key FROM person_identity
            WHERE source_person_id IN (SELECT subject_id FROM finding WHERE subject_kind = 'person') GROUP BY 1
        ), named AS (
            SELECT f.*, p.person_key AS subject_key,
                   CASE WHEN f.subject_kind = 'person'
                        THEN coalesce('P-' || upper(lpad(to_hex(p.person_key), 16, '0')), '(ẩn danh)') END AS pseudonym
            FROM finding f LEFT JOIN people p ON f.subject_kind = 'person' AND p.source_person_id = f.subject_id
        )
        SELECT finding_id, rule, rule_set, period, subject_kind, coalesce(pseudonym, subject_id) AS subject_id,
               subject_key AS person_key, unit_code, severity,
               CASE WHEN pseudonym IS NULL THEN message ELSE replace(message, subject_id, pseudonym) END AS message,
               regulation,
               CASE WHEN pseudonym IS NULL THEN evidence ELSE replace(evidence, subject_id, pseudonym) END AS evidence,
               first_run, last_run, holds, status, status_at
        FROM named
        """;

    public static readonly IReadOnlyList<Spec> All =
    [
        // Free text (self-criticism, which names colleagues) and unknown columns (a "Họ và tên" column).
        new("rating", "rating", true, Rating, ["comment", "extra"]),
        new("summary", "summary", true,
            "SELECT batch_id, file_no, line, period_kind, period_year, period_no, unit_code, role, level, count FROM summary", ["extra"]),
        // The residence cell's comment is free text about the member.
        new("residence_comment", "residence_comment", true,
            """
            SELECT batch_id, file_no, line, period_kind, period_year, period_no, person_key, residence_unit, sentiment
            FROM residence_comment
            """,
            ["comment", "extra"]),
        new("position", "position", false,
            "SELECT batch_id, file_no, line, person_key, unit_code, role, valid_from, valid_to FROM position", ["extra"]),
        // Pseudonymous attributes only; birth year, gender and admission date stay (quasi-identifiers:
        // the export is pseudonymised, not anonymous, and is handled as such).
        new("person", "person", false, "SELECT person_key, birth_year, gender, party_member, admitted_on, batch_id FROM person", []),
        new("unit_version", "unit_version", false, """
            SELECT unit_code, version, unit_name, unit_kind, parent_code, counterpart_code, area_code, valid_from, valid_to,
                   successor_code, batch_id, is_current FROM unit_version
            """, []),
        // Where a submission came from (a path or file name can be a person's name, a URL can carry a
        // token) and why it was rejected (it quotes the header or the content) stay behind.
        new("etl_batch", "etl_batch", false, """
            SELECT batch_id, source, connector, content_hash, started_at, finished_at, status, rows_read, rows_loaded,
                   rows_unchanged, rows_quarantined FROM etl_batch
            """, ["submission", "reason"]),
        // File names and header cells are the sender's text; record_kind says what the file was.
        new("etl_file", "etl_file", false,
            "SELECT batch_id, file_no, record_kind, encoding, separator, rows_read, rows_quarantined FROM etl_file",
            ["file", "unknown_columns"]),
        // The message quotes the bad value (a name in the wrong column), the raw text is the whole row.
        new("etl_rejected", "etl_rejected", false,
            "SELECT batch_id, record_kind, line, column_name, reason FROM etl_rejected", ["file", "message", "raw"]),
        new("check_run", "check_run", false, "SELECT run_id, started_at, finished_at, periods, rules FROM check_run", []),
        // Who reviewed (a login name) and the reviewer's note (free text) stay behind.
        new("finding", "finding", false, Finding, ["status_by", "status_note"]),
        new("finding_event", "finding_event", false,
            "SELECT event_id, finding_id, previous_status, status, changed_at FROM finding_event", ["by_user", "note"]),
        new("formalism_run", "formalism_run", false,
            "SELECT run_id, started_at, finished_at, periods, model_version FROM formalism_run", []),
        new("formalism_score", "formalism_score", false,
            "SELECT run_id, period, unit_code, score, rank, signals, too_small, model_version FROM formalism_score", []),
        new("formalism_feature", "formalism_feature", false, "SELECT run_id, period, unit_code, feature, value FROM formalism_feature", []),
    ];

    /// <summary>Columns the anonymised export adds to a table (not in the warehouse's own).</summary>
    public static IReadOnlyList<string> Added(string table) => table == "finding" ? ["person_key"] : [];
}
