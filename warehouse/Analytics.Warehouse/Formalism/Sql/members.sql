-- The members' records the features are made of, for every period of the grains asked for (the
-- history features look back over all of them). fm_grain must exist: the (period_kind) asked for.
-- fm_member  one row per rated person, period and unit of review: final level, self level, whether
--            there is a self-rating step, and the hash of its self-criticism text as delivered (raw_id)
-- fm_text    every delivered text: folded (lower case, single spaces, no trailing punctuation), the
--            folded text's hash (text_id: texts differing only in case or spacing are one), and
--            whether it is empty (no letter at all) or says nothing (empty, or "không có" …)
-- fm_period  the periods, with their last day
-- fm_unit    units in force at each period's end, with org = the nearest grassroots party
--            organisation or party committee at or above the unit
-- The step in force is the highest revision of its record id (as in rating_current): the loader
-- keeps (source, record_id, revision) unique, so only the few revised record ids need a look, and
-- the rows they supersede (fm_superseded) are left out.
CREATE OR REPLACE TEMP TABLE fm_superseded AS
SELECT r.rowid AS row_id
FROM rating r JOIN etl_batch b USING (batch_id)
JOIN (SELECT b.source, r.record_id, max(r.revision) AS revision
      FROM rating r JOIN etl_batch b USING (batch_id)
      WHERE r.record_id IN (SELECT record_id FROM rating WHERE revision > 0)
      GROUP BY ALL) v ON v.source = b.source AND v.record_id = r.record_id
WHERE r.revision < v.revision;

CREATE OR REPLACE TEMP TABLE fm_member AS
SELECT period_code(period_kind, period_year, period_no) AS period, period_kind, period_year, period_no,
       person_key, unit_code, role, final, self, has_self, raw_id
FROM (
    SELECT period_kind, period_year, period_no, person_key, unit_code, role,
           arg_max(level, decided_on) FILTER (WHERE channel = 'final' AND level IS NOT NULL) AS final,
           arg_max(level, decided_on) FILTER (WHERE channel = 'self') AS self,
           bool_or(channel = 'self') AS has_self,
           arg_max(hash(comment), decided_on) FILTER (WHERE channel = 'self' AND comment IS NOT NULL) AS raw_id
    FROM rating
    WHERE subject_kind = 'person' AND role IN ('party_member', 'civil_servant') AND channel IN ('self', 'final')
      AND period_kind IN (SELECT period_kind FROM fm_grain)
      AND rowid NOT IN (SELECT row_id FROM fm_superseded)
    GROUP BY ALL
) WHERE final IS NOT NULL;

-- Texts are folded once per distinct text as delivered, not once per member.
CREATE OR REPLACE TEMP TABLE fm_text AS
SELECT raw_id, hash(text_key) AS text_id, text_key,
       text_key = '' OR NOT regexp_matches(text_key, '\pL') AS empty,
       text_key = '' OR NOT regexp_matches(text_key, '\pL')
       OR list_contains(['không', 'không có', 'không có gì', 'chưa có', 'ko', 'ko có', 'k có', 'không có ý kiến', 'không ý kiến',
                         'không có hạn chế', 'không có khuyết điểm', 'không có hạn chế, khuyết điểm', 'không có hạn chế khuyết điểm',
                         'không có hạn chế gì', 'không rõ', 'n/a'], text_key) AS nothing
FROM (
    SELECT raw_id, rtrim(regexp_replace(lower(trim(comment)), '\s+', ' ', 'g'), ' .;,!…-') AS text_key
    FROM (SELECT hash(comment) AS raw_id, any_value(comment) AS comment FROM rating
          WHERE channel = 'self' AND role IN ('party_member', 'civil_servant') AND comment IS NOT NULL
            AND period_kind IN (SELECT period_kind FROM fm_grain)
          GROUP BY hash(comment))
);

CREATE OR REPLACE TEMP TABLE fm_period AS
SELECT DISTINCT period, period_kind, period_year, period_no,
       CASE period_kind WHEN 'year' THEN make_date(period_year, 12, 31)
                        WHEN 'quarter' THEN last_day(make_date(period_year, period_no * 3, 1))
                        ELSE last_day(make_date(period_year, period_no, 1)) END AS period_end
FROM fm_member;

CREATE OR REPLACE TEMP TABLE fm_unit AS
WITH RECURSIVE u AS (
    SELECT p.period, v.unit_code, v.unit_kind, v.parent_code
    FROM fm_period p JOIN unit_version v
      ON (v.valid_from IS NULL OR v.valid_from <= p.period_end) AND (v.valid_to IS NULL OR v.valid_to >= p.period_end)
), climb(period, unit_code, org) AS (
    SELECT period, unit_code, unit_code FROM u WHERE unit_kind IN ('grassroots_party_org', 'party_committee')
    UNION ALL
    SELECT x.period, x.unit_code, c.org FROM u x JOIN climb c ON x.parent_code = c.unit_code AND x.period = c.period
    WHERE x.unit_kind NOT IN ('grassroots_party_org', 'party_committee')
)
SELECT u.period, u.unit_code, u.unit_kind, c.org FROM u LEFT JOIN climb c USING (period, unit_code);
