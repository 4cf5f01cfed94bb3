-- Per unit and period, the counts every feature is computed from (FormalismFeatures does the
-- arithmetic, so each figure can be pinned in a test). Three scopes:
--   cell          party members by their unit of review (the party cell)
--   organisation  party members of every cell under a grassroots party organisation (the quota's unit)
--   agency        civil servants by the agency or government body that rates them
-- copied: members of a unit of review whose text is its most copied line or near-identical to it
-- (fm_copy, from CommentSimilarity), when two members or more wrote it; an organisation adds up its cells.
WITH review AS (
    SELECT DISTINCT period, unit_code, role FROM fm_member
), groups AS (
    SELECT period, unit_code, role, unit_code AS group_code FROM review
    UNION ALL
    SELECT r.period, r.unit_code, r.role, u.org FROM review r
    JOIN fm_unit u USING (period, unit_code)
    JOIN fm_unit o ON o.period = r.period AND o.unit_code = u.org AND o.unit_kind = 'grassroots_party_org'
    WHERE r.role = 'party_member' AND u.org <> r.unit_code
), residence AS (
    -- Residence comments feed the party rating (Regulation 213-QĐ/TW), not the civil-service one.
    SELECT period, person_key, 'party_member' AS role, bool_or(sentiment = 'negative') AS negative
    FROM residence_current WHERE period_kind IN (SELECT period_kind FROM fm_grain) GROUP BY ALL
), members AS (
    SELECT g.period, g.group_code,
           bool_and(m.role = 'party_member') AS party, bool_and(m.role = 'civil_servant') AS civil,
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
           count(*) FILTER (WHERE m.has_self AND (m.raw_id IS NULL OR t.nothing)) AS blank,
           count(*) FILTER (WHERE m.final >= 3) AS good,
           count(*) FILTER (WHERE r.negative) AS negative,
           count(*) FILTER (WHERE m.final >= 3 AND r.negative) AS negative_good
    FROM fm_member m
    JOIN groups g USING (period, unit_code, role)
    LEFT JOIN fm_text t USING (raw_id)
    LEFT JOIN residence r USING (period, person_key, role)
    GROUP BY g.period, g.group_code
), largest AS (
    -- The unit's most written text, or its most copied line with the near-duplicates (fm_copy).
    SELECT t.period, t.unit_code, greatest(max(t.n), coalesce(any_value(c.copied), 0)) AS copied
    FROM fm_unit_text t LEFT JOIN fm_copy c USING (review_id)
    GROUP BY t.period, t.unit_code
), copies AS (
    SELECT g.period, g.group_code, sum(CASE WHEN l.copied >= 2 THEN l.copied ELSE 0 END) AS copied
    FROM largest l JOIN groups g USING (period, unit_code)
    GROUP BY g.period, g.group_code
)
SELECT m.period, m.group_code AS unit_code,
       CASE WHEN k.unit_kind = 'grassroots_party_org' AND m.party THEN 'organisation'
            WHEN m.civil THEN 'agency' ELSE 'cell' END AS scope,
       m.rated, m.paired, m.self_equal, m.self_above, m.sum_self, m.sum_self2, m.sum_final, m.sum_final2,
       m.level1, m.level2, m.level3, m.level4, m.commented, m.blank, coalesce(c.copied, 0)::INTEGER AS copied,
       m.good, m.negative, m.negative_good
FROM members m
LEFT JOIN fm_unit k ON k.period = m.period AND k.unit_code = m.group_code
LEFT JOIN copies c ON c.period = m.period AND c.group_code = m.group_code
ORDER BY m.period, m.group_code
