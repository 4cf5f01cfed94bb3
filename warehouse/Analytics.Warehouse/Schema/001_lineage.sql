-- Lineage: every submission is one batch; every fact row carries its batch (docs/architecture.md "Warehouse").
CREATE TABLE etl_batch (
    batch_id          BIGINT PRIMARY KEY,
    source            VARCHAR NOT NULL,   -- configured source name ("file-drop" for the CLI)
    connector         VARCHAR NOT NULL,   -- csv-folder | zip | xlsx | http | sqlite | postgres
    submission        VARCHAR NOT NULL,   -- where the content came from (path, URL, query)
    content_hash      VARCHAR NOT NULL,   -- SHA-256 of the content: the same content never loads twice
    started_at        TIMESTAMP NOT NULL,
    finished_at       TIMESTAMP,
    status            VARCHAR NOT NULL,   -- loaded | rejected
    reason            VARCHAR,            -- why a submission was rejected whole
    rows_read         BIGINT NOT NULL DEFAULT 0,
    rows_loaded       BIGINT NOT NULL DEFAULT 0,
    rows_unchanged    BIGINT NOT NULL DEFAULT 0,  -- already in the warehouse, or an identical repeat
    rows_quarantined  BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX etl_batch_hash ON etl_batch (content_hash);

-- One row per file of a batch: how it was decoded, and the columns nobody asked for (reported once).
CREATE TABLE etl_file (
    batch_id          BIGINT NOT NULL,
    file_no           SMALLINT NOT NULL,  -- what fact rows carry instead of the name
    file              VARCHAR NOT NULL,
    record_kind       VARCHAR NOT NULL,
    encoding          VARCHAR NOT NULL,
    separator         VARCHAR NOT NULL,
    rows_read         BIGINT NOT NULL,
    rows_quarantined  BIGINT NOT NULL,
    unknown_columns   VARCHAR[] NOT NULL,
    PRIMARY KEY (batch_id, file_no)
);

-- Quarantine: a row that failed validation, with where and why, and its raw text.
CREATE TABLE etl_rejected (
    batch_id     BIGINT NOT NULL,
    file         VARCHAR NOT NULL,
    record_kind  VARCHAR NOT NULL,
    line         BIGINT NOT NULL,      -- 1-based line in the file (the header is line 1)
    column_name  VARCHAR,              -- canonical column, when one is at fault
    reason       VARCHAR NOT NULL,     -- stable code: UNKNOWN_LEVEL, BAD_PERIOD, UNKNOWN_UNIT, …
    message      VARCHAR NOT NULL,     -- plain words
    raw          VARCHAR               -- the row as delivered (fields joined by the file's separator)
);
