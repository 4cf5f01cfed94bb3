namespace Analytics.Warehouse.Store;

// The merges a group of batches runs before COMMIT, one named constant per statement; $1 and $2 are the
// first and last batch id of the group. Batches of a group share no unit and no person (BatchWriter
// refuses it), so merging them at once gives what merging them one after another would.
internal static class MergeSql
{
    public const string RegistryUnits = "SELECT DISTINCT unit_code FROM unit_observation";

    // Units: a later line of a batch delivering the same (unit, valid_from) with other attributes conflicts.
    public const string UnitConflicts = """
        INSERT INTO etl_rejected
        SELECT s.batch_id, f.file, 'units', s.line, 'unit_code', 'DUPLICATE_RECORD',
               'unit ''' || s.unit_code || ''' is delivered again (first on line ' || s.first_line || ') with different content', s.raw
        FROM (SELECT *, hash(unit_name, unit_kind, parent_code, counterpart_code, area_code, valid_to, successor_code) AS h,
                     first_value(hash(unit_name, unit_kind, parent_code, counterpart_code, area_code, valid_to, successor_code))
                         OVER w AS first_h,
                     first_value(line) OVER w AS first_line,
                     concat_ws(',', unit_code, unit_name, unit_kind, parent_code, counterpart_code, area_code,
                               valid_from, valid_to, successor_code) AS raw
              FROM stg_unit WHERE batch_id BETWEEN $1 AND $2
              WINDOW w AS (PARTITION BY batch_id, unit_code, valid_from ORDER BY file_no, line)) s
        JOIN etl_file f ON f.batch_id = s.batch_id AND f.file_no = s.file_no
        WHERE s.h <> s.first_h
        """;

    // A unit without valid_from whose attributes changed becomes a new version from the load date;
    // identical to what is in force = unchanged.
    // The version in force of each staged unit is the latest observation of its latest valid_from (what
    // unit_current derives for every unit): computed for the staged codes only, since the view windows the
    // whole registry (a national warehouse's 1.7M observations, on every group commit).
    public const string UnitMerge = """
        INSERT INTO unit_observation
        WITH current_of_staged AS (
            SELECT * FROM unit_observation
            WHERE unit_code IN (SELECT unit_code FROM stg_unit WHERE batch_id BETWEEN $1 AND $2)
            QUALIFY row_number() OVER (PARTITION BY unit_code ORDER BY valid_from DESC NULLS LAST, batch_id DESC, line DESC) = 1)
        SELECT s.batch_id, s.file_no, s.line, s.unit_code, s.unit_name, s.unit_kind, s.parent_code, s.counterpart_code, s.area_code,
               CASE WHEN s.valid_from IS NULL AND c.unit_code IS NOT NULL THEN current_date ELSE s.valid_from END,
               s.valid_to, s.successor_code, s.extra
        FROM (SELECT * FROM stg_unit WHERE batch_id BETWEEN $1 AND $2
              QUALIFY row_number() OVER (PARTITION BY batch_id, unit_code, valid_from ORDER BY file_no, line) = 1) s
        LEFT JOIN current_of_staged c ON c.unit_code = s.unit_code
        WHERE NOT (s.valid_from IS NULL AND c.unit_code IS NOT NULL
                   AND (c.unit_name, c.unit_kind, c.parent_code, c.counterpart_code, c.area_code, c.successor_code)
                       IS NOT DISTINCT FROM (s.unit_name, s.unit_kind, s.parent_code, s.counterpart_code, s.area_code, s.successor_code))
          AND NOT EXISTS (
                SELECT 1 FROM unit_observation o
                WHERE o.unit_code = s.unit_code AND o.valid_from IS NOT DISTINCT FROM s.valid_from
                  AND (o.unit_name, o.unit_kind, o.parent_code, o.counterpart_code, o.area_code, o.valid_to, o.successor_code)
                      IS NOT DISTINCT FROM (s.unit_name, s.unit_kind, s.parent_code, s.counterpart_code, s.area_code,
                                            s.valid_to, s.successor_code))
        """;

    // People: the last line of a person in its batch wins; the row is new or changed, else unchanged.
    // Upserts are a delete of the changed keys, then an insert (no primary-key index to maintain). The
    // stored rows of the group's keys are looked up once (KnownIdentities, KnownPeople) and every later
    // statement works on those: person and person_identity hold the whole country's millions, and each
    // statement that consulted them scanned them whole on every group commit.
    public const string KnownIdentities = """
        CREATE OR REPLACE TEMP TABLE known_identity AS
        SELECT i.rowid AS rid, i.person_key, i.source_person_id, i.full_name
        FROM person_identity i
        WHERE i.person_key IN (SELECT person_key FROM stg_identity WHERE batch_id BETWEEN $1 AND $2
                               UNION SELECT person_key FROM stg_person WHERE batch_id BETWEEN $1 AND $2)
        """;

    public const string PersonChanged = """
        CREATE OR REPLACE TEMP TABLE batch_person AS
        SELECT s.* FROM (SELECT * FROM stg_person WHERE batch_id BETWEEN $1 AND $2
                         QUALIFY row_number() OVER (PARTITION BY person_key ORDER BY batch_id DESC, file_no DESC, line DESC) = 1) s
        """;

    public const string KnownPeople = """
        CREATE OR REPLACE TEMP TABLE known_person AS
        SELECT p.rowid AS rid, p.person_key,
               (p.birth_year, p.gender, p.party_member, p.admitted_on)
                   IS DISTINCT FROM (s.birth_year, s.gender, s.party_member, s.admitted_on) AS changed
        FROM person p JOIN batch_person s USING (person_key)
        """;

    public const string ChangedPeople = "SELECT count(*) FROM known_person WHERE changed";

    public const string PersonDeleteChanged = "DELETE FROM person WHERE rowid IN (SELECT rid FROM known_person WHERE changed)";

    public const string IdentitiesChanged = """
        CREATE OR REPLACE TEMP TABLE changed_identity AS
        SELECT k.rid FROM known_identity k JOIN batch_person s USING (person_key)
        WHERE k.full_name IS DISTINCT FROM s.full_name OR k.source_person_id <> s.source_person_id
        """;

    public const string ChangedIdentities = "SELECT count(*) FROM changed_identity";

    public const string PersonIdentityDeleteChanged = """
        DELETE FROM person_identity WHERE rowid IN (SELECT rid FROM changed_identity);
        DELETE FROM known_identity WHERE rid IN (SELECT rid FROM changed_identity);
        """;

    public const string DropPersonChanged =
        "DROP TABLE IF EXISTS batch_person; DROP TABLE IF EXISTS known_person; DROP TABLE IF EXISTS changed_identity";

    public const string DropKnownIdentities = "DROP TABLE IF EXISTS known_identity";

    public const string PersonMerge = """
        INSERT INTO person
        SELECT s.person_key, s.birth_year, s.gender, s.party_member, s.admitted_on, s.batch_id
        FROM batch_person s
        WHERE NOT EXISTS (SELECT 1 FROM known_person k WHERE k.person_key = s.person_key AND NOT k.changed)
        """;

    public const string PersonIdentityMerge = """
        INSERT INTO person_identity
        SELECT s.person_key, s.source_person_id, s.full_name, s.batch_id
        FROM batch_person s
        WHERE NOT EXISTS (SELECT 1 FROM known_identity k WHERE k.person_key = s.person_key)
        """;

    // Persons referenced by ratings, positions or residence but not (yet) in people.csv still get an
    // identity (their source id), so outputs can name the subject as the source did; it carries the
    // first batch of the group that referenced the person, as loading the batches one by one would. A
    // person of the group's people.csv has one already (PersonIdentityMerge).
    public const string ReferencedIdentities = """
        INSERT INTO person_identity
        SELECT person_key, arg_min(source_person_id, batch_id), NULL, min(batch_id)
        FROM stg_identity s WHERE batch_id BETWEEN $1 AND $2
          AND NOT EXISTS (SELECT 1 FROM known_identity i WHERE i.person_key = s.person_key)
          AND person_key NOT IN (SELECT person_key FROM stg_person WHERE batch_id BETWEEN $1 AND $2)
        GROUP BY person_key
        """;

    // Two different person ids with one 64-bit key would merge two people: refuse the group (its batches
    // are then loaded one by one, so only the batch at fault fails). Keys of the group's staged rows and
    // of the identities already stored, each key with more than one source id.
    public const string KeyCollisions = """
        WITH staged AS (
            SELECT person_key, source_person_id FROM stg_identity WHERE batch_id BETWEEN $1 AND $2
            UNION SELECT person_key, source_person_id FROM stg_person WHERE batch_id BETWEEN $1 AND $2)
        SELECT count(*) FROM (
            SELECT person_key FROM (
                SELECT * FROM staged
                UNION SELECT i.person_key, i.source_person_id FROM known_identity i)
            GROUP BY person_key HAVING count(*) > 1)
        """;

    // What each batch of the group holds after the checks and merges: rows per kind, and quarantined
    // rows per kind ('rejected:ratings' …), row by row and set-level together.
    public const string GroupCounts = """
        SELECT batch_id, 'units', count(*) FROM unit_observation WHERE batch_id BETWEEN $1 AND $2 GROUP BY batch_id
        UNION ALL SELECT batch_id, 'people', count(*) FROM person WHERE batch_id BETWEEN $1 AND $2 GROUP BY batch_id
        UNION ALL SELECT batch_id, 'positions', count(*) FROM position WHERE batch_id BETWEEN $1 AND $2 GROUP BY batch_id
        UNION ALL SELECT batch_id, 'ratings', count(*) FROM rating WHERE batch_id BETWEEN $1 AND $2 GROUP BY batch_id
        UNION ALL SELECT batch_id, 'summaries', count(*) FROM summary WHERE batch_id BETWEEN $1 AND $2 GROUP BY batch_id
        UNION ALL SELECT batch_id, 'residence', count(*) FROM residence_comment WHERE batch_id BETWEEN $1 AND $2 GROUP BY batch_id
        UNION ALL SELECT batch_id, 'rejected:' || record_kind, count(*) FROM etl_rejected WHERE batch_id BETWEEN $1 AND $2 GROUP BY ALL
        """;

    // The transaction's clock, as the batch rows record it (started_at, finished_at).
    public const string Now = "SELECT CAST(now() AS TIMESTAMP)";

    public static string ClearStaging(string table) => $"DELETE FROM {table} WHERE batch_id BETWEEN $1 AND $2";
}
