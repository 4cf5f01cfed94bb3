-- The pseudonym key this warehouse was loaded with, known by its fingerprint only (docs/security.md
-- "The key"): a run with another key is refused, so one member never gets two keys. The fingerprint is
-- HMAC-SHA256(key, a fixed label), which names the key without revealing it. The row is written once,
-- by the first run that holds the key (Store/PseudonymKeyBinding.cs); the same step re-keys the finding
-- ids of a warehouse made before finding ids were keyed, so that upgrade runs exactly once.
CREATE TABLE pseudonym_key (
    fingerprint        VARCHAR NOT NULL,   -- hex, 32 characters
    bound_at           TIMESTAMP NOT NULL, -- the first run with this key
    findings_rekeyed   BIGINT NOT NULL     -- findings whose unkeyed ids were re-keyed then (0 for a new warehouse)
);
