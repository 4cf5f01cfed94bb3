-- Formalism scoring (Formalism/): the feature values behind every scored unit and period, one row
-- per feature, so that a unit's page can show its signals over the years and a score can be
-- explained after the fact. The scores themselves go to formalism_run / formalism_score (006).
-- No index: a run appends a row per feature of every unit (1.4 million for 400,000 members × 5
-- years), and DuckDB's zone maps serve a unit's history well enough.
CREATE TABLE formalism_feature (
    run_id     BIGINT NOT NULL,       -- formalism_run
    period     VARCHAR NOT NULL,
    unit_code  VARCHAR NOT NULL,
    feature    VARCHAR NOT NULL,      -- rated, self_equal_share, inflation_mean, inflation_d, … (FormalismFeatures.Names)
    value      DOUBLE                 -- NULL when the feature is not defined for the unit (e.g. no earlier period)
);
