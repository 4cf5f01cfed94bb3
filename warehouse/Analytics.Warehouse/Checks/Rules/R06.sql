-- code: R06
-- title_vi: Người đứng đầu xếp loại cao hơn tập thể
-- title_en: Head rated above the collective
-- rule_sets: 2023, 2025
-- severity: violation
-- regulation: Quy định 124-QĐ/TW điều 3
-- The head of a collective (position role head, in force in the period) holds a final rating
-- above the collective's own final rating.
WITH collectives AS (
    SELECT subject_unit AS unit_code, level FROM period_final
    WHERE period = $period AND subject_kind = 'unit' AND level IS NOT NULL
), heads AS (
    SELECT DISTINCT p.unit_code, p.person_key FROM period_positions p
    WHERE p.role = 'head'
)
SELECT 'person' AS subject_kind, f.subject_id, c.unit_code,
       'người đứng đầu xếp loại ' || level_vi(f.level) || ' (' || role_vi(f.role) || '), cao hơn tập thể (' || level_vi(c.level) || ')' AS message,
       to_json({'head_level': f.level, 'head_role': f.role, 'collective_level': c.level})::VARCHAR AS evidence
FROM collectives c JOIN heads h USING (unit_code)
JOIN period_final f ON f.person_key = h.person_key AND f.period = $period AND f.role = 'leader'
WHERE f.level > c.level
