-- Configured sources (etl Sources): the incremental watermark and the freshness of each pull.
-- etl_batch.source is the configured source name for pulled data, so "which expected units delivered
-- for period P from source S" is a join of etl_batch with the facts' batch_id.
CREATE TABLE source_state (
    source           VARCHAR PRIMARY KEY,
    watermark        VARCHAR,            -- highest watermark value committed (text of the column's value)
    updated_at       TIMESTAMP,          -- when the watermark last moved
    last_pull_at     TIMESTAMP,          -- last pull attempt that reached the load step
    last_success_at  TIMESTAMP,          -- last pull whose every submission committed or was already loaded
    last_error       VARCHAR             -- errors of the last pull, null when it succeeded
);
