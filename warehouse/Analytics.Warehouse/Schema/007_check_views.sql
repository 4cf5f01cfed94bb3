-- Views the regulation checks (Checks/Rules/*.sql) are written against.

-- Final ratings in force, with the subject as the source delivered it.
CREATE VIEW final_rating AS
SELECT r.period, r.period_kind, r.period_year, r.period_no, r.subject_kind,
       CASE WHEN r.subject_kind = 'unit' THEN r.subject_unit ELSE i.source_person_id END AS subject_id,
       r.person_key, r.subject_unit, r.unit_code, r.role, r.level, r.not_rated, r.discipline, r.score,
       r.decided_on, r.record_id, r.batch_id
FROM rating_current r LEFT JOIN person_identity i USING (person_key)
WHERE r.channel = 'final';

-- Every rating step in force (any channel), for discipline and channel comparisons.
CREATE VIEW rating_step AS
SELECT r.*, CASE WHEN r.subject_kind = 'unit' THEN r.subject_unit ELSE i.source_person_id END AS subject_id
FROM rating_current r LEFT JOIN person_identity i USING (person_key);

-- The last day of a period.
CREATE MACRO period_end(kind, year, no) AS
    CASE kind WHEN 'year' THEN make_date(year, 12, 31)
              WHEN 'quarter' THEN CAST(make_date(year, no * 3, 1) + INTERVAL 1 MONTH - INTERVAL 1 DAY AS DATE)
              ELSE CAST(make_date(year, no, 1) + INTERVAL 1 MONTH - INTERVAL 1 DAY AS DATE) END;

-- Units in force on a day: the version valid then.
CREATE MACRO units_on(day) AS TABLE
    SELECT * FROM unit_version
    WHERE (valid_from IS NULL OR valid_from <= day) AND (valid_to IS NULL OR valid_to >= day);
