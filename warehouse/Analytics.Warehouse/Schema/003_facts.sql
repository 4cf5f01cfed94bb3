-- Facts. Append-only: every channel, revision and resubmission is kept with its batch, file and
-- line; the *_current views in 004 say which row is in force. Small vocabularies are ENUMs (read as
-- text by any DuckDB client, stored as one byte); persons are their BIGINT HMAC key.
CREATE TYPE period_kind     AS ENUM ('year', 'quarter', 'month');
CREATE TYPE subject_kind    AS ENUM ('unit', 'person');
CREATE TYPE rating_role     AS ENUM ('organisation', 'collective', 'party_member', 'leader', 'civil_servant');
CREATE TYPE rating_channel  AS ENUM ('self', 'proposed', 'final');
CREATE TYPE discipline_kind AS ENUM ('none', 'reprimand', 'warning', 'removal', 'dismissal', 'expulsion');
CREATE TYPE position_role   AS ENUM ('member', 'head', 'deputy', 'staff');
CREATE TYPE sentiment_kind  AS ENUM ('positive', 'negative', 'none');

-- 2024 | 2024-Q3 | 2024-11, from the stored parts.
CREATE MACRO period_code(kind, year, no) AS
    CASE kind WHEN 'year' THEN CAST(year AS VARCHAR)
              WHEN 'quarter' THEN CAST(year AS VARCHAR) || '-Q' || CAST(no AS VARCHAR)
              ELSE CAST(year AS VARCHAR) || '-' || lpad(CAST(no AS VARCHAR), 2, '0') END;

CREATE TABLE rating (
    batch_id      BIGINT NOT NULL,
    file_no       SMALLINT NOT NULL,   -- etl_file(batch_id, file_no)
    line          BIGINT NOT NULL,
    record_id     VARCHAR NOT NULL,    -- unique within the batch's source system
    revision      INTEGER NOT NULL,
    period_kind   period_kind NOT NULL,
    period_year   SMALLINT NOT NULL,   -- the rating year: chooses the rule set
    period_no     TINYINT NOT NULL,    -- 0 for a year, the quarter or the month
    subject_kind  subject_kind NOT NULL,
    person_key    BIGINT,              -- the rated person (subject_kind = person)
    subject_unit  VARCHAR,             -- the rated unit (subject_kind = unit)
    unit_code     VARCHAR NOT NULL,    -- the unit in whose review the rating is made
    role          rating_role NOT NULL,
    channel       rating_channel NOT NULL,
    level         TINYINT,             -- 4 HTXSNV, 3 HTTNV, 2 HTNV, 1 KHTNV; NULL = not rated
    legacy_label  BOOLEAN NOT NULL,    -- a pre-2018 label mapped onto the four levels
    score         DECIMAL(5,2),
    discipline    discipline_kind NOT NULL,
    comment       VARCHAR,
    decided_on    DATE,
    extra         VARCHAR              -- unknown columns of the row, as JSON
);

CREATE TABLE position (
    batch_id     BIGINT NOT NULL,
    file_no      SMALLINT NOT NULL,
    line         BIGINT NOT NULL,
    person_key   BIGINT NOT NULL,
    unit_code    VARCHAR NOT NULL,
    role         position_role NOT NULL,
    valid_from   DATE NOT NULL,
    valid_to     DATE,
    extra        VARCHAR
);

CREATE TABLE summary (
    batch_id     BIGINT NOT NULL,
    file_no      SMALLINT NOT NULL,
    line         BIGINT NOT NULL,
    period_kind  period_kind NOT NULL,
    period_year  SMALLINT NOT NULL,
    period_no    TINYINT NOT NULL,
    unit_code    VARCHAR NOT NULL,
    role         rating_role NOT NULL,
    level        TINYINT,             -- NULL for the not-rated count
    count        INTEGER NOT NULL,
    extra        VARCHAR
);

CREATE TABLE residence_comment (
    batch_id        BIGINT NOT NULL,
    file_no         SMALLINT NOT NULL,
    line            BIGINT NOT NULL,
    period_kind     period_kind NOT NULL,
    period_year     SMALLINT NOT NULL,
    period_no       TINYINT NOT NULL,
    person_key      BIGINT NOT NULL,
    residence_unit  VARCHAR NOT NULL,
    sentiment       sentiment_kind NOT NULL,
    comment         VARCHAR,
    extra           VARCHAR
);
