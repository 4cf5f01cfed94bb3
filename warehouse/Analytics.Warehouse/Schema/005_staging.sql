-- Staging for the kinds that are merged rather than appended: units (their history is derived),
-- people (upserted) and the identities of persons first seen in a batch. Facts are appended
-- straight into their tables inside the batch's transaction. Column order matters: the Appender
-- writes positionally.
CREATE TABLE stg_unit (
    batch_id BIGINT, file_no SMALLINT, line BIGINT,
    unit_code VARCHAR, unit_name VARCHAR, unit_kind VARCHAR, parent_code VARCHAR, counterpart_code VARCHAR,
    area_code VARCHAR, valid_from DATE, valid_to DATE, successor_code VARCHAR, extra VARCHAR
);
CREATE TABLE stg_person (
    batch_id BIGINT, file_no SMALLINT, line BIGINT,
    person_key BIGINT, source_person_id VARCHAR, full_name VARCHAR, birth_year SMALLINT, gender VARCHAR,
    party_member BOOLEAN, admitted_on DATE, extra VARCHAR
);
CREATE TABLE stg_identity (
    batch_id BIGINT, person_key BIGINT, source_person_id VARCHAR
);
-- Record ids the ETL's filter saw more than once in the batch (RecordIdFilter): the only keys the
-- duplicate check has to examine.
CREATE TABLE stg_suspect (
    batch_id BIGINT, record_id VARCHAR, revision INTEGER
);
