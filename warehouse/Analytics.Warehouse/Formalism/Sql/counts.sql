-- Per unit and period, the counts every feature is computed from (FormalismFeatures does the
-- arithmetic, so each figure can be pinned in a test). Three scopes:
--   cell          party members by their unit of review (the party cell)
--   organisation  party members of every cell under a grassroots party organisation (the quota's unit)
--   agency        civil servants by the agency or government body that rates them
-- Everything is a count or a sum, so the units of review are counted once and an organisation
-- adds up its cells. copied: members of a unit of review whose text is its most copied line or
-- near-identical to it (fm_copy, from CommentSimilarity), when two members or more wrote it.
WITH residence AS (
    -- Residence comments feed the party rating (Regulation 213-QĐ/TW), not the civil-service one.
    -- The comment in force per residence unit is the latest delivered (as in residence_current).
    SELECT period_code(period_kind, period_year, period_no) AS period, person_key, 'party_member' AS role, bool_or(negative) AS negative
    FROM (SELECT period_kind, period_year, period_no, person_key, residence_unit,
                 arg_max(sentiment = 'negative', batch_id * 4294967296 + line) AS negative
          FROM residence_comment WHERE period_kind IN (SELECT period_kind FROM fm_grain)
          GROUP BY ALL)
    GROUP BY ALL
), largest AS (
    SELECT t.period, t.unit_code, greatest(max(t.n), coalesce(any_value(c.copied), 0)) AS copied
    FROM fm_unit_text t LEFT JOIN fm_copy c USING (review_id)
    GROUP BY t.period, t.unit_code
), review AS (
    SELECT m.period, m.unit_code, m.role,
           count(*) AS rated,
           count(m.self) AS paired,
           count(*) FILTER (WHERE m.self = m.final) AS self_equal,
           count(*) FILTER (WHERE m.self > m.final) AS self_above,
           coalesce(sum(m.self), 0)::DOUBLE AS sum_self,
           coalesce(sum(m.self * m.self), 0)::DOUBLE AS sum_self2,
           coalesce(sum(m.final) FILTER (WHERE m.self IS NOT NULL), 0)::DOUBLE AS sum_final,
           coalesce(sum(m.final * m.final) FILTER (WHERE m.self IS NOT NULL), 0)::DOUBLE AS sum_final2,
           count(*) FILTER (WHERE m.final = 1) AS level1,
           count(*) FILTER (WHERE m.final = 2) AS level2,
           count(*) FILTER (WHERE m.final = 3) AS level3,
           count(*) FILTER (WHERE m.final = 4) AS level4,
           count(*) FILTER (WHERE m.has_self) AS commented,
           count(*) FILTER (WHERE m.has_self AND (m.raw_id IS NULL OR t.empty)) AS empty,
           count(*) FILTER (WHERE m.has_self AND (m.raw_id IS NULL OR t.nothing)) AS blank,
           count(*) FILTER (WHERE m.final >= 3) AS good,
           count(*) FILTER (WHERE r.negative) AS negative,
           count(*) FILTER (WHERE m.final >= 3 AND r.negative) AS negative_good
    FROM fm_member m
    LEFT JOIN fm_text t USING (raw_id)
    LEFT JOIN residence r USING (period, person_key, role)
    GROUP BY m.period, m.unit_code, m.role
), groups AS (
    SELECT r.*, CASE WHEN l.copied >= 2 THEN l.copied ELSE 0 END AS copied, r.unit_code AS group_code
    FROM review r LEFT JOIN largest l USING (period, unit_code)
    UNION ALL
    SELECT r.*, CASE WHEN l.copied >= 2 THEN l.copied ELSE 0 END AS copied, u.org
    FROM review r LEFT JOIN largest l USING (period, unit_code)
    JOIN fm_unit u USING (period, unit_code)
    JOIN fm_unit o ON o.period = r.period AND o.unit_code = u.org AND o.unit_kind = 'grassroots_party_org'
    WHERE r.role = 'party_member' AND u.org <> r.unit_code
)
SELECT g.period, g.group_code AS unit_code,
       CASE WHEN any_value(k.unit_kind) = 'grassroots_party_org' AND bool_and(g.role = 'party_member') THEN 'organisation'
            WHEN bool_and(g.role = 'civil_servant') THEN 'agency' ELSE 'cell' END AS scope,
       sum(rated)::INTEGER, sum(paired)::INTEGER, sum(self_equal)::INTEGER, sum(self_above)::INTEGER,
       sum(sum_self), sum(sum_self2), sum(sum_final), sum(sum_final2),
       sum(level1)::INTEGER, sum(level2)::INTEGER, sum(level3)::INTEGER, sum(level4)::INTEGER,
       sum(commented)::INTEGER, sum(empty)::INTEGER, sum(blank)::INTEGER, sum(copied)::INTEGER,
       sum(good)::INTEGER, sum(negative)::INTEGER, sum(negative_good)::INTEGER
FROM groups g LEFT JOIN fm_unit k ON k.period = g.period AND k.unit_code = g.group_code
GROUP BY g.period, g.group_code
ORDER BY g.period, g.group_code
