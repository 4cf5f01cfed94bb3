namespace Analytics.Warehouse.Checks;

// What the runner prepares once per period before the rules run, so that eleven rules do not each
// recompute the views over the whole warehouse. Rules read these tables:
//   period_units      units in force at the period's end, with org = the nearest grassroots party
//                     organisation or party committee at or above the unit (NULL when none)
//   period_final      final ratings in force of the period and the one before, with subject_id
//                     (no comment text: the rules judge levels, not words)
//   period_steps      every rating step in force of the period (any channel), with subject_id
//   period_positions  positions in force at any time during the period
// A record's revisions share its period and channel, so filtering before "latest revision wins" is
// safe and keeps the window small.
internal static class PreparedTables
{
    public const string Units = """
        CREATE OR REPLACE TEMP TABLE period_units AS
        WITH RECURSIVE u AS (SELECT * FROM units_on($period_end)),
        climb(unit_code, org) AS (
            SELECT unit_code, unit_code FROM u WHERE unit_kind IN ('grassroots_party_org', 'party_committee')
            UNION ALL
            SELECT x.unit_code, c.org FROM u x JOIN climb c ON x.parent_code = c.unit_code
            WHERE x.unit_kind NOT IN ('grassroots_party_org', 'party_committee')
        )
        SELECT u.*, c.org FROM u LEFT JOIN climb c USING (unit_code)
        """;

    // Every rating step in force of the period, and the finals of the one before: one window for
    // both tables below. Filtering on the stored parts (not the code) keeps the scan cheap.
    public const string Latest = """
        CREATE OR REPLACE TEMP TABLE period_latest AS
        SELECT r.*, CASE WHEN r.subject_kind = 'unit' THEN r.subject_unit ELSE i.source_person_id END AS subject_id
        FROM (SELECT r.batch_id, r.record_id, r.revision, r.period_kind, r.period_year, r.period_no, r.subject_kind, r.person_key,
                     r.subject_unit, r.unit_code, r.role, r.channel, r.level, r.score, r.discipline, r.decided_on,
                     period_code(r.period_kind, r.period_year, r.period_no) AS period, r.level IS NULL AS not_rated
              FROM rating r JOIN etl_batch b USING (batch_id)
              WHERE (r.period_kind = $kind AND r.period_year = $year AND r.period_no = $no)
                 OR (r.channel = 'final' AND r.period_kind = $kind AND r.period_year = $previous_year AND r.period_no = $previous_no)
              QUALIFY row_number() OVER (PARTITION BY b.source, r.record_id ORDER BY r.revision DESC, r.batch_id DESC) = 1) r
        LEFT JOIN person_identity i USING (person_key)
        """;

    public const string Final = "CREATE OR REPLACE TEMP VIEW period_final AS SELECT * FROM period_latest WHERE channel = 'final'";

    public const string Steps = "CREATE OR REPLACE TEMP VIEW period_steps AS SELECT * FROM period_latest WHERE period = '{0}'";

    public const string Positions = """
        CREATE OR REPLACE TEMP TABLE period_positions AS
        SELECT * FROM position_current WHERE valid_from <= $period_end AND (valid_to IS NULL OR valid_to >= $period_start)
        """;

    public static readonly string[] All = [Units, Latest, Final, Steps, Positions];

    public const string Drop = "DROP TABLE IF EXISTS period_units; DROP TABLE IF EXISTS period_latest; DROP VIEW IF EXISTS period_final; "
        + "DROP VIEW IF EXISTS period_steps; DROP TABLE IF EXISTS period_positions";
}
