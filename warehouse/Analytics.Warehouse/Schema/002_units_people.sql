-- Units: every delivered registry row is kept as an observation; unit_version derives the history
-- (SCD2: one version per valid_from, valid_to closed by the next version) so a renamed unit shows
-- two versions and nothing delivered is ever overwritten.
CREATE TABLE unit_observation (
    batch_id          BIGINT NOT NULL,
    file_no           SMALLINT NOT NULL,
    line              BIGINT NOT NULL,
    unit_code         VARCHAR NOT NULL,
    unit_name         VARCHAR NOT NULL,
    unit_kind         VARCHAR NOT NULL,
    parent_code       VARCHAR,
    counterpart_code  VARCHAR,
    area_code         VARCHAR,
    valid_from        DATE,               -- NULL: since before the warehouse knew it
    valid_to          DATE,
    successor_code    VARCHAR,
    extra             VARCHAR             -- unknown columns of the row, as JSON
);

-- People are keyed by HMAC(person_id) (docs/architecture.md "Personal data"); attributes carry no name.
CREATE TABLE person (
    person_key    BIGINT NOT NULL,        -- first 64 bits of HMAC-SHA256(person_id); unique by the merge
    birth_year    SMALLINT,
    gender        VARCHAR,
    party_member  BOOLEAN,
    admitted_on   DATE,
    batch_id      BIGINT NOT NULL
);

-- The only place names and source ids live; readable only by roles with personal-data rights,
-- and left out of anonymised exports.
CREATE TABLE person_identity (
    person_key        BIGINT NOT NULL,    -- unique by the merge (no index: bulk inserts stay cheap)
    source_person_id  VARCHAR NOT NULL,
    full_name         VARCHAR,
    batch_id          BIGINT NOT NULL
);
