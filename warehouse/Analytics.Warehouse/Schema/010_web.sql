-- The web dashboard (docs/architecture.md "Dashboards"): the audit trail of the findings' review workflow
-- (who moved a finding to which status, when, with what note; the finding row keeps only the
-- latest), and the dashboard's own users (passwords as ASP.NET Core PasswordHasher hashes).
CREATE SEQUENCE finding_event_seq START 1;

CREATE TABLE finding_event (
    event_id         BIGINT PRIMARY KEY DEFAULT nextval('finding_event_seq'),
    finding_id       VARCHAR NOT NULL,
    previous_status  VARCHAR NOT NULL,
    status           VARCHAR NOT NULL,    -- new | acknowledged | resolved
    by_user          VARCHAR NOT NULL,
    changed_at       TIMESTAMP NOT NULL,
    note             VARCHAR
);

CREATE TABLE web_user (
    name           VARCHAR PRIMARY KEY,
    role           VARCHAR NOT NULL,      -- admin | analyst | area
    areas          VARCHAR[] NOT NULL,    -- area codes an area analyst may see (empty for the others)
    personal_data  BOOLEAN NOT NULL,      -- may read person_identity (names, source ids)
    password_hash  VARCHAR NOT NULL,
    created_at     TIMESTAMP NOT NULL,
    updated_at     TIMESTAMP NOT NULL
);
