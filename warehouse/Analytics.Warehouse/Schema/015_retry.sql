-- Quarantined rows tried again once their cause is fixed (a unit registry that arrived after the
-- ratings: `analytics rejects --retry`). The header of each file that had quarantined rows, so those
-- rows can be read again as they were delivered; and the lineage of a retry: the retry is a batch of
-- its own (same source, connector "retry"), and each of its lines names the quarantined row it re-read.
CREATE TABLE etl_file_header (
    batch_id   BIGINT NOT NULL,
    file       VARCHAR NOT NULL,
    header     VARCHAR NOT NULL,   -- the header line as delivered (decoded), in the file's separator
    separator  VARCHAR NOT NULL,
    PRIMARY KEY (batch_id, file)
);

CREATE TABLE etl_retry (
    batch_id           BIGINT NOT NULL,    -- the retry's batch
    file               VARCHAR NOT NULL,   -- the file in the retry's batch (named as the original)
    line               BIGINT NOT NULL,    -- the line there
    original_batch_id  BIGINT NOT NULL,    -- the quarantined row it re-read: etl_rejected (batch_id, file, line)
    original_file      VARCHAR NOT NULL,
    original_line      BIGINT NOT NULL
);
