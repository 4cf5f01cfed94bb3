-- Facts. Append-only: every channel, revision and resubmission is kept with its batch and line;
-- the *_current views in 004 say which row is in force.
CREATE TABLE position (
    batch_id     BIGINT NOT NULL,
    line         BIGINT NOT NULL,
    person_key   VARCHAR NOT NULL,
    unit_code    VARCHAR NOT NULL,
    role         VARCHAR NOT NULL,    -- member | head | deputy | staff
    valid_from   DATE NOT NULL,
    valid_to     DATE,
    extra        VARCHAR
);

CREATE TABLE rating (
    batch_id      BIGINT NOT NULL,
    line          BIGINT NOT NULL,
    source        VARCHAR NOT NULL,   -- record_id is unique within a source system
    record_id     VARCHAR NOT NULL,
    revision      INTEGER NOT NULL,
    period        VARCHAR NOT NULL,   -- canonical: 2024 | 2024-Q3 | 2024-11
    period_kind   VARCHAR NOT NULL,   -- year | quarter | month
    period_year   SMALLINT NOT NULL,  -- the rating year: chooses the rule set
    subject_kind  VARCHAR NOT NULL,   -- unit | person
    subject_key   VARCHAR NOT NULL,   -- unit_code, or the person's HMAC key
    unit_code     VARCHAR NOT NULL,
    role          VARCHAR NOT NULL,   -- organisation | collective | party_member | leader | civil_servant
    channel       VARCHAR NOT NULL,   -- self | proposed | final
    level         TINYINT,            -- 4 HTXSNV, 3 HTTNV, 2 HTNV, 1 KHTNV; NULL when not rated
    not_rated     BOOLEAN NOT NULL,
    level_text    VARCHAR NOT NULL,   -- the spelling as delivered (lineage)
    legacy_label  BOOLEAN NOT NULL,   -- a pre-2018 label mapped to the current scale
    score         DECIMAL(5,2),
    discipline    VARCHAR NOT NULL,   -- none | reprimand | warning | removal | dismissal | expulsion
    comment       VARCHAR,
    decided_on    DATE,
    extra         VARCHAR
);

CREATE TABLE summary (
    batch_id     BIGINT NOT NULL,
    line         BIGINT NOT NULL,
    period       VARCHAR NOT NULL,
    period_year  SMALLINT NOT NULL,
    unit_code    VARCHAR NOT NULL,
    role         VARCHAR NOT NULL,
    level        TINYINT,             -- NULL for the not-rated count
    count        INTEGER NOT NULL,
    extra        VARCHAR
);

CREATE TABLE residence_comment (
    batch_id        BIGINT NOT NULL,
    line            BIGINT NOT NULL,
    period          VARCHAR NOT NULL,
    period_year     SMALLINT NOT NULL,
    person_key      VARCHAR NOT NULL,
    residence_unit  VARCHAR NOT NULL,
    sentiment       VARCHAR NOT NULL, -- positive | negative | none
    comment         VARCHAR,
    extra           VARCHAR
);
