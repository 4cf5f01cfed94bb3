-- code: R01
-- title_vi: Vượt tỷ lệ "Hoàn thành xuất sắc nhiệm vụ"
-- title_en: Excellent quota exceeded
-- rule_sets: 2018, 2023, 2025
-- severity: violation
-- regulation: Hướng dẫn 21-HD/BTCTW §2.3; Quy định 124-QĐ/TW điều 12; Nghị định 335/2025/NĐ-CP
-- In each grassroots party organisation (members of all its cells) and each agency (civil servants):
-- count(HTXSNV) ≤ $quota × count(HTTNV) — or × count(HTTNV or better) when $denominator_or_better.
WITH groups AS (
    SELECT u.org AS unit_code, 'party_member' AS role, f.level
    FROM period_final f JOIN period_units u ON u.unit_code = f.unit_code
    JOIN period_units o ON o.unit_code = u.org AND o.unit_kind = 'grassroots_party_org'
    WHERE f.period = $period AND f.role = 'party_member' AND f.level IS NOT NULL
    UNION ALL
    SELECT f.unit_code, 'civil_servant', f.level
    FROM period_final f
    WHERE f.period = $period AND f.role = 'civil_servant' AND f.level IS NOT NULL
), counted AS (
    SELECT unit_code, role,
           count(*) FILTER (WHERE level = 4) AS excellent,
           count(*) FILTER (WHERE level = 3) AS good,
           count(*) FILTER (WHERE level >= 3) AS good_or_better,
           count(*) AS rated
    FROM groups GROUP BY unit_code, role
)
SELECT 'unit' AS subject_kind, unit_code AS subject_id, unit_code,
       excellent || ' ' || role_vi(role) || ' HTXSNV so với ' || (CASE WHEN $denominator_or_better THEN good_or_better ELSE good END)
           || (CASE WHEN $denominator_or_better THEN ' HTTNV trở lên' ELSE ' HTTNV' END)
           || ': vượt tỷ lệ ' || CAST(round($quota * 100) AS INTEGER) || '%' AS message,
       to_json({'role': role, 'excellent': excellent, 'good': good, 'good_or_better': good_or_better, 'rated': rated, 'quota': $quota})::VARCHAR AS evidence
FROM counted
WHERE excellent > $quota * (CASE WHEN $denominator_or_better THEN good_or_better ELSE good END) + 1e-9
