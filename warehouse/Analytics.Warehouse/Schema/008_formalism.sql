-- Formalism scoring (Formalism/): the feature values behind every scored unit and period, one row
-- per feature, so that a unit's page can show its signals over the years and a score can be
-- explained after the fact. The scores themselves go to formalism_run / formalism_score (006).
CREATE TABLE formalism_feature (
    run_id     BIGINT NOT NULL,       -- formalism_run
    period     VARCHAR NOT NULL,
    unit_code  VARCHAR NOT NULL,
    feature    VARCHAR NOT NULL,      -- rated, self_equal_share, inflation_mean, inflation_d, … (FormalismFeatures.Names)
    value      DOUBLE                 -- NULL when the feature is not defined for the unit (e.g. no earlier period)
);
CREATE INDEX formalism_feature_unit ON formalism_feature (unit_code, period);
