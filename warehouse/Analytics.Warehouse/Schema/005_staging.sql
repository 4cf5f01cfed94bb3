-- Staging: a batch's validated rows land here through the Appender inside the batch's transaction,
-- the set-level checks (unknown units, conflicting duplicates) run in SQL, the survivors are merged
-- into the facts, and the batch's staging rows are deleted before COMMIT. A failure anywhere rolls
-- all of it back. Column order matters: the Appender writes positionally.
CREATE TABLE stg_unit (
    batch_id BIGINT, file VARCHAR, line BIGINT,
    unit_code VARCHAR, unit_name VARCHAR, unit_kind VARCHAR, parent_code VARCHAR, counterpart_code VARCHAR,
    area_code VARCHAR, valid_from DATE, valid_to DATE, successor_code VARCHAR, extra VARCHAR
);
CREATE TABLE stg_person (
    batch_id BIGINT, file VARCHAR, line BIGINT,
    person_key VARCHAR, source_person_id VARCHAR, full_name VARCHAR, birth_year SMALLINT, gender VARCHAR,
    party_member BOOLEAN, admitted_on DATE, extra VARCHAR
);
CREATE TABLE stg_position (
    batch_id BIGINT, file VARCHAR, line BIGINT,
    person_key VARCHAR, source_person_id VARCHAR, unit_code VARCHAR, role VARCHAR, valid_from DATE, valid_to DATE, extra VARCHAR
);
CREATE TABLE stg_rating (
    batch_id BIGINT, file VARCHAR, line BIGINT,
    source VARCHAR, record_id VARCHAR, revision INTEGER, period VARCHAR, period_kind VARCHAR, period_year SMALLINT,
    subject_kind VARCHAR, subject_key VARCHAR, subject_source_id VARCHAR, unit_code VARCHAR, role VARCHAR, channel VARCHAR,
    level TINYINT, not_rated BOOLEAN, level_text VARCHAR, legacy_label BOOLEAN, score DECIMAL(5,2), discipline VARCHAR,
    comment VARCHAR, decided_on DATE, extra VARCHAR
);
CREATE TABLE stg_summary (
    batch_id BIGINT, file VARCHAR, line BIGINT,
    period VARCHAR, period_year SMALLINT, unit_code VARCHAR, role VARCHAR, level TINYINT, count INTEGER, extra VARCHAR
);
CREATE TABLE stg_residence (
    batch_id BIGINT, file VARCHAR, line BIGINT,
    period VARCHAR, period_year SMALLINT, person_key VARCHAR, source_person_id VARCHAR, residence_unit VARCHAR,
    sentiment VARCHAR, comment VARCHAR, extra VARCHAR
);
