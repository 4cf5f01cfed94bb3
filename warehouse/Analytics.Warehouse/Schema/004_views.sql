-- What is in force. Checks, trends and counts read these views, never the raw facts.

-- Unit history (SCD2). For each (unit, valid_from) the latest delivery wins; consecutive versions
-- with identical attributes collapse into one; valid_to is the delivered one or the day before the
-- next version starts.
CREATE VIEW unit_version AS
WITH latest AS (
    SELECT *,
        unit_name || '|' || unit_kind || '|' || coalesce(parent_code, '') || '|' || coalesce(counterpart_code, '')
            || '|' || coalesce(area_code, '') || '|' || coalesce(successor_code, '') AS attributes
    FROM unit_observation
    QUALIFY row_number() OVER (PARTITION BY unit_code, valid_from ORDER BY batch_id DESC, line DESC) = 1
), versions AS (
    SELECT * FROM latest
    QUALIFY lag(attributes) OVER (PARTITION BY unit_code ORDER BY valid_from NULLS FIRST) IS DISTINCT FROM attributes
)
SELECT
    unit_code,
    CAST(row_number() OVER (PARTITION BY unit_code ORDER BY valid_from NULLS FIRST) AS INTEGER) AS version,
    unit_name, unit_kind, parent_code, counterpart_code, area_code,
    valid_from,
    coalesce(valid_to, CAST(lead(valid_from) OVER (PARTITION BY unit_code ORDER BY valid_from NULLS FIRST) - INTERVAL 1 DAY AS DATE)) AS valid_to,
    successor_code,
    batch_id,
    lead(valid_from) OVER (PARTITION BY unit_code ORDER BY valid_from NULLS FIRST) IS NULL AS is_current
FROM versions;

CREATE VIEW unit_current AS SELECT * FROM unit_version WHERE is_current;

-- Every rating step with its source system and period code.
CREATE VIEW rating_all AS
SELECT r.*, b.source, period_code(r.period_kind, r.period_year, r.period_no) AS period, r.level IS NULL AS not_rated
FROM rating r JOIN etl_batch b USING (batch_id);

-- The revision in force of every rating step: the highest revision of a record id wins.
CREATE VIEW rating_current AS
SELECT * FROM rating_all
QUALIFY row_number() OVER (PARTITION BY source, record_id ORDER BY revision DESC, batch_id DESC) = 1;

CREATE VIEW position_current AS
SELECT * FROM position
QUALIFY row_number() OVER (PARTITION BY person_key, unit_code, role, valid_from ORDER BY batch_id DESC, line DESC) = 1;

CREATE VIEW summary_current AS
SELECT *, period_code(period_kind, period_year, period_no) AS period FROM summary
QUALIFY row_number() OVER (PARTITION BY period_kind, period_year, period_no, unit_code, role, level ORDER BY batch_id DESC, line DESC) = 1;

CREATE VIEW residence_current AS
SELECT *, period_code(period_kind, period_year, period_no) AS period FROM residence_comment
QUALIFY row_number() OVER (PARTITION BY period_kind, period_year, period_no, person_key, residence_unit ORDER BY batch_id DESC, line DESC) = 1;
