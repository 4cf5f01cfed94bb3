-- The members' records the features are made of, for every period of the grains asked for (the
-- history features look back over all of them). fm_period must exist: (period_kind) rows.
-- fm_step    the self and final steps in force of party members and civil servants (highest
--            revision of a record id wins, as in rating_current; filtering on role, channel and grain
--            first is safe because a record's revisions share them)
-- fm_member  one row per rated person, period and unit of review: final level, self level, and the
--            self-criticism text folded to a key (lower case, single spaces, no trailing dot), with
--            kind = 'text' | 'empty' (nothing written, or no letter in it) | 'nothing' ("không có" …)
-- fm_unit    units in force at each period's end, with org = the nearest grassroots party
--            organisation or party committee at or above the unit
CREATE OR REPLACE TEMP TABLE fm_step AS
SELECT r.period_kind, r.period_year, r.period_no, r.person_key, r.unit_code, r.role, r.channel, r.level, r.comment, r.decided_on, r.record_id
FROM rating r JOIN etl_batch b USING (batch_id)
WHERE r.subject_kind = 'person' AND r.role IN ('party_member', 'civil_servant') AND r.channel IN ('self', 'final')
  AND r.period_kind IN (SELECT period_kind FROM fm_grain)
QUALIFY row_number() OVER (PARTITION BY b.source, r.record_id ORDER BY r.revision DESC, r.batch_id DESC) = 1;

CREATE OR REPLACE TEMP TABLE fm_member AS
WITH f AS (
    SELECT period_kind, period_year, period_no, person_key, unit_code, role, arg_max(level, decided_on) AS final
    FROM fm_step WHERE channel = 'final' AND level IS NOT NULL GROUP BY ALL
), s AS (
    SELECT period_kind, period_year, period_no, person_key, unit_code, role,
           arg_max(level, decided_on) AS self, arg_max(coalesce(comment, ''), decided_on) AS comment
    FROM fm_step WHERE channel = 'self' GROUP BY ALL
), folded AS (
    SELECT f.*, s.self, s.comment IS NOT NULL AS has_self,
           regexp_replace(regexp_replace(lower(trim(coalesce(s.comment, ''))), '\s+', ' ', 'g'), '[\s.;,!…-]+$', '') AS text_key
    FROM f LEFT JOIN s USING (period_kind, period_year, period_no, person_key, unit_code, role)
)
SELECT period_code(period_kind, period_year, period_no) AS period, period_kind, period_year, period_no,
       person_key, unit_code, role, final, self, has_self, text_key,
       CASE WHEN NOT regexp_matches(text_key, '\pL') THEN 'empty'
            WHEN list_contains(['không', 'không có', 'không có gì', 'chưa có', 'ko', 'ko có', 'k có', 'không có ý kiến',
                                'không ý kiến', 'không có hạn chế', 'không có khuyết điểm', 'không có hạn chế, khuyết điểm',
                                'không có hạn chế khuyết điểm', 'không có hạn chế gì', 'không rõ', 'n/a'], text_key) THEN 'nothing'
            ELSE 'text' END AS text_kind,
       hash(text_key) AS text_id
FROM folded;

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
