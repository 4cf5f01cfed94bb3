namespace Analytics.Warehouse.Trends;

// SQL shared by the trend queries. Every query binds the filter first, always in these positions:
//   $1 from year  $2 to year  $3 area code  $4 unit kind  $5 role  $6 unit code  $7 area scope (VARCHAR[])
// and its own parameters from $8. The scope is applied by joining `scoped`, so a row of an area
// outside the scope can never reach a result (docs/architecture.md: area analysts see only their areas).
internal static class TrendSql
{
    /// <summary>Units inside the filter, with their area (the latest version's area_code). The years
    /// and the role ($1, $2, $5) ride along as columns: DuckDB wants every positional parameter up
    /// to the highest referenced, and some queries have no other use for them.</summary>
    public const string Scoped = """
        scoped AS (
            SELECT unit_code, area_code, unit_kind, unit_name, parent_code,
                   $1::INTEGER AS from_year, $2::INTEGER AS to_year, $5::VARCHAR AS role_filter
            FROM unit_current
            WHERE ($3::VARCHAR IS NULL OR area_code = $3)
              AND ($4::VARCHAR IS NULL OR unit_kind = $4)
              AND ($6::VARCHAR IS NULL OR unit_code = $6 OR parent_code = $6)
              AND ($7::VARCHAR[] IS NULL OR list_contains($7::VARCHAR[], area_code))
        )
        """;

    /// <summary>A readable name per area: its party committee, else its grassroots organisation,
    /// else its government body, else any unit — current versions first.</summary>
    public const string AreaNames = """
        area_name AS (
            SELECT area_code, arg_min(unit_name, (CASE unit_kind WHEN 'party_committee' THEN 0 WHEN 'grassroots_party_org' THEN 1
                                                   WHEN 'government_body' THEN 2 ELSE 3 END, valid_to IS NOT NULL, unit_code)) AS area_name
            FROM unit_current WHERE area_code IS NOT NULL GROUP BY area_code
        )
        """;

    /// <summary>Yearly rating steps in force, for the channels in $8 (VARCHAR[]), within the years
    /// of the filter. A record's revisions share their period and channel (Checks/PreparedTables.cs),
    /// so filtering before "the latest revision wins" is safe and keeps the window small.</summary>
    public const string YearSteps = """
        steps AS (
            SELECT r.period_year AS year, CAST(r.channel AS VARCHAR) AS channel, CAST(r.role AS VARCHAR) AS role,
                   CAST(r.subject_kind AS VARCHAR) AS subject_kind, r.person_key, r.subject_unit, r.unit_code, r.level
            FROM rating r JOIN etl_batch b USING (batch_id)
            WHERE r.period_kind = 'year' AND list_contains($8::VARCHAR[], CAST(r.channel AS VARCHAR))
              AND r.period_year BETWEEN coalesce($1::INTEGER, 0) AND coalesce($2::INTEGER, 32767)
            QUALIFY row_number() OVER (PARTITION BY b.source, r.record_id ORDER BY r.revision DESC, r.batch_id DESC) = 1
        )
        """;

    /// <summary>The same steps read from the snapshot (<see cref="TrendQueries.Snapshot"/>).</summary>
    public const string SnapshotSteps = """
        steps AS (
            SELECT * FROM trend_steps
            WHERE list_contains($8::VARCHAR[], channel) AND year BETWEEN coalesce($1::INTEGER, 0) AND coalesce($2::INTEGER, 32767)
        )
        """;

    /// <summary>Every yearly self and final step in force, once, into a temporary table of the connection.</summary>
    public const string CreateSnapshot = """
        CREATE OR REPLACE TEMP TABLE trend_steps AS
        SELECT r.period_year AS year, CAST(r.channel AS VARCHAR) AS channel, CAST(r.role AS VARCHAR) AS role,
               CAST(r.subject_kind AS VARCHAR) AS subject_kind, r.person_key, r.subject_unit, r.unit_code, r.level
        FROM rating r JOIN etl_batch b USING (batch_id)
        WHERE r.period_kind = 'year' AND r.channel IN ('self', 'final')
        QUALIFY row_number() OVER (PARTITION BY b.source, r.record_id ORDER BY r.revision DESC, r.batch_id DESC) = 1
        """;

    public const string DropSnapshot = "DROP TABLE IF EXISTS trend_steps";
}
