namespace Analytics.Warehouse.Store;

// The set-level checks and merges a batch runs before COMMIT, one named constant per statement.
// $1 is always the batch id. Rows rejected here are copied to etl_rejected and deleted from staging;
// the merges insert only what the warehouse does not hold yet, so a repeat changes nothing.
internal static class MergeSql
{
    // Units: a later line delivering the same (unit, valid_from) with other attributes conflicts.
    public const string UnitConflicts = """
        INSERT INTO etl_rejected
        SELECT batch_id, file, 'units', line, 'unit_code', 'DUPLICATE_RECORD',
               'unit ''' || unit_code || ''' is delivered again (first on line ' || first_line || ') with different content', raw
        FROM (SELECT *, hash(unit_name, unit_kind, parent_code, counterpart_code, area_code, valid_to, successor_code) AS h,
                     first_value(hash(unit_name, unit_kind, parent_code, counterpart_code, area_code, valid_to, successor_code))
                         OVER (PARTITION BY unit_code, valid_from ORDER BY line) AS first_h,
                     first_value(line) OVER (PARTITION BY unit_code, valid_from ORDER BY line) AS first_line,
                     concat_ws(',', unit_code, unit_name, unit_kind, parent_code, counterpart_code, area_code, valid_from, valid_to, successor_code) AS raw
              FROM stg_unit WHERE batch_id = $1)
        WHERE h <> first_h
        """;

    // A unit without valid_from whose attributes changed becomes a new version from the load date;
    // identical to what is in force = unchanged.
    public const string UnitMerge = """
        INSERT INTO unit_observation
        SELECT s.batch_id, s.line, s.unit_code, s.unit_name, s.unit_kind, s.parent_code, s.counterpart_code, s.area_code,
               CASE WHEN s.valid_from IS NULL AND c.unit_code IS NOT NULL THEN current_date ELSE s.valid_from END,
               s.valid_to, s.successor_code, s.extra
        FROM (SELECT * FROM stg_unit WHERE batch_id = $1
              QUALIFY row_number() OVER (PARTITION BY unit_code, valid_from ORDER BY line) = 1) s
        LEFT JOIN unit_current c ON c.unit_code = s.unit_code
        WHERE NOT EXISTS (
                SELECT 1 FROM etl_rejected r WHERE r.batch_id = $1 AND r.record_kind = 'units' AND r.line = s.line AND r.file = s.file)
          AND NOT (s.valid_from IS NULL AND c.unit_code IS NOT NULL
                   AND (c.unit_name, c.unit_kind, c.parent_code, c.counterpart_code, c.area_code, c.successor_code)
                       IS NOT DISTINCT FROM (s.unit_name, s.unit_kind, s.parent_code, s.counterpart_code, s.area_code, s.successor_code))
          AND NOT EXISTS (
                SELECT 1 FROM unit_observation o
                WHERE o.unit_code = s.unit_code AND o.valid_from IS NOT DISTINCT FROM s.valid_from
                  AND (o.unit_name, o.unit_kind, o.parent_code, o.counterpart_code, o.area_code, o.valid_to, o.successor_code)
                      IS NOT DISTINCT FROM (s.unit_name, s.unit_kind, s.parent_code, s.counterpart_code, s.area_code, s.valid_to, s.successor_code))
        """;

    // People: the last line of a person in the batch wins; the row is new or changed, else unchanged.
    public const string PersonMerge = """
        INSERT OR REPLACE INTO person
        SELECT s.person_key, s.birth_year, s.gender, s.party_member, s.admitted_on, s.batch_id
        FROM (SELECT * FROM stg_person WHERE batch_id = $1
              QUALIFY row_number() OVER (PARTITION BY person_key ORDER BY line DESC) = 1) s
        LEFT JOIN person p ON p.person_key = s.person_key
        WHERE p.person_key IS NULL
           OR (p.birth_year, p.gender, p.party_member, p.admitted_on) IS DISTINCT FROM (s.birth_year, s.gender, s.party_member, s.admitted_on)
        """;

    public const string PersonIdentityMerge = """
        INSERT OR REPLACE INTO person_identity
        SELECT s.person_key, s.source_person_id, s.full_name, s.batch_id
        FROM (SELECT * FROM stg_person WHERE batch_id = $1
              QUALIFY row_number() OVER (PARTITION BY person_key ORDER BY line DESC) = 1) s
        LEFT JOIN person_identity i ON i.person_key = s.person_key
        WHERE i.person_key IS NULL OR i.full_name IS DISTINCT FROM s.full_name
        """;

    // Persons referenced by ratings, positions or residence but never delivered in people.csv still
    // get an identity (their source id), so outputs can name the subject as the source did.
    public const string ReferencedIdentities = """
        INSERT INTO person_identity
        SELECT person_key, any_value(source_person_id), NULL, $1 FROM (
            SELECT subject_key AS person_key, subject_source_id AS source_person_id FROM stg_rating WHERE batch_id = $1 AND subject_kind = 'person'
            UNION ALL SELECT person_key, source_person_id FROM stg_position WHERE batch_id = $1
            UNION ALL SELECT person_key, source_person_id FROM stg_residence WHERE batch_id = $1) s
        WHERE NOT EXISTS (SELECT 1 FROM person_identity i WHERE i.person_key = s.person_key)
        GROUP BY person_key
        """;

    /// <summary>Rows of a staging table whose unit column names no known unit.</summary>
    public static string UnknownUnit(string table, string kind, string column, string raw, string? condition = null) => $"""
        INSERT INTO etl_rejected
        SELECT batch_id, file, '{kind}', line, '{column}', 'UNKNOWN_UNIT',
               'unit ''' || {column} || ''' is neither in the registry nor in this submission''s units', {raw}
        FROM {table} s
        WHERE batch_id = $1 {(condition is null ? "" : "AND " + condition)}
          AND NOT EXISTS (SELECT 1 FROM unit_observation u WHERE u.unit_code = s.{column})
        """;

    /// <summary>Removes from staging the rows this batch has quarantined at the set level.</summary>
    public static string DropRejected(string table, string kind) => $"""
        DELETE FROM {table} s WHERE batch_id = $1
          AND EXISTS (SELECT 1 FROM etl_rejected r WHERE r.batch_id = $1 AND r.record_kind = '{kind}' AND r.file = s.file AND r.line = s.line)
        """;

    public static string ClearStaging(string table) => $"DELETE FROM {table} WHERE batch_id = $1";
}
