-- Views for the regulation checks: the runner prepares its period tables from units_on
-- (Checks/PreparedTables.cs); final_rating asks the same question for any DuckDB client.

-- Final ratings in force, with the subject as the source delivered it.
CREATE VIEW final_rating AS
SELECT r.period, r.period_kind, r.period_year, r.period_no, r.subject_kind,
       CASE WHEN r.subject_kind = 'unit' THEN r.subject_unit ELSE i.source_person_id END AS subject_id,
       r.person_key, r.subject_unit, r.unit_code, r.role, r.level, r.not_rated, r.discipline, r.score,
       r.decided_on, r.record_id, r.batch_id
FROM rating_current r LEFT JOIN person_identity i USING (person_key)
WHERE r.channel = 'final';

-- Units in force on a day: the version valid then.
CREATE MACRO units_on(day) AS TABLE
    SELECT * FROM unit_version
    WHERE (valid_from IS NULL OR valid_from <= day) AND (valid_to IS NULL OR valid_to >= day);
