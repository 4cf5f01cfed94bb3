-- Outputs of the analysis (docs/architecture.md "Warehouse"): regulation findings with their review workflow,
-- and formalism scores. The checks and the scoring fill them; `analytics evaluate` reads them.

-- One row per run of the checks.
CREATE TABLE check_run (
    run_id       BIGINT PRIMARY KEY,
    started_at   TIMESTAMP NOT NULL,
    finished_at  TIMESTAMP,
    periods      VARCHAR[] NOT NULL,
    rules        VARCHAR[] NOT NULL
);

-- A finding keeps its identity across re-runs (finding_id is derived from rule, period, subject and
-- unit), so its review status survives re-checks; one that no longer holds is marked resolved by
-- data, never deleted.
CREATE TABLE finding (
    finding_id     VARCHAR PRIMARY KEY,
    rule           VARCHAR NOT NULL,      -- R01 … R11
    rule_set       VARCHAR NOT NULL,      -- 2018 | 2023 | 2025
    period         VARCHAR NOT NULL,
    subject_kind   VARCHAR NOT NULL,      -- unit | person
    subject_id     VARCHAR NOT NULL,      -- as the source delivered it
    unit_code      VARCHAR NOT NULL,
    severity       VARCHAR NOT NULL,      -- violation | warning
    message        VARCHAR NOT NULL,
    regulation     VARCHAR NOT NULL,
    evidence       VARCHAR,               -- JSON rows
    first_run      BIGINT NOT NULL,
    last_run       BIGINT NOT NULL,
    holds          BOOLEAN NOT NULL,      -- false: resolved by data in a later run
    status         VARCHAR NOT NULL DEFAULT 'new',   -- new | acknowledged | resolved
    status_by      VARCHAR,
    status_at      TIMESTAMP,
    status_note    VARCHAR
);

-- One row per run of the formalism scoring.
CREATE TABLE formalism_run (
    run_id         BIGINT PRIMARY KEY,
    started_at     TIMESTAMP NOT NULL,
    finished_at    TIMESTAMP,
    periods        VARCHAR[] NOT NULL,
    model_version  VARCHAR NOT NULL
);

CREATE TABLE formalism_score (
    run_id         BIGINT NOT NULL,
    period         VARCHAR NOT NULL,
    unit_code      VARCHAR NOT NULL,
    score          DOUBLE,                -- [0,1]; NULL when too small to score
    rank           INTEGER,
    signals        VARCHAR NOT NULL,      -- named signals, ';'-separated, strongest first
    too_small      BOOLEAN NOT NULL,
    model_version  VARCHAR NOT NULL
);
