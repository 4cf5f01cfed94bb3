-- code: R10
-- title_vi: Biểu tổng hợp không khớp với số liệu chi tiết
-- title_en: Reported totals disagree with detail
-- rule_sets: 2014, 2018, 2023, 2025
-- severity: violation
-- regulation: Hướng dẫn 21-HD/BTCTW (biểu tổng hợp kết quả đánh giá, xếp loại)
-- A unit's summary table (counts per level, not-rated included) differs from the count of its
-- final ratings for the same period and role: people (members of all cells of a grassroots
-- organisation; other roles rated in the unit itself), or — for the role organisation — the
-- grassroots organisations and party cells directly under the unit.
WITH reported AS (
    SELECT unit_code, role, coalesce(level, 0) AS level, count FROM summary_current WHERE period = $period
), detail AS (
    SELECT CASE WHEN f.unit_code IN (SELECT unit_code FROM reported) THEN f.unit_code ELSE u.org END AS unit_code,
           f.role, coalesce(f.level, 0) AS level, count(*) AS count
    FROM period_final f JOIN period_units u ON u.unit_code = f.unit_code
    WHERE f.period = $period AND f.subject_kind = 'person'
      AND ((f.unit_code, f.role) IN (SELECT (unit_code, role) FROM reported) OR (u.org, f.role) IN (SELECT (unit_code, role) FROM reported))
    GROUP BY ALL
    UNION ALL
    SELECT u.parent_code, f.role, coalesce(f.level, 0), count(*)
    FROM period_final f JOIN period_units u ON u.unit_code = f.subject_unit
    WHERE f.period = $period AND f.subject_kind = 'unit' AND f.role = 'organisation'
      AND u.unit_kind IN ('grassroots_party_org', 'party_cell')
      AND (u.parent_code, f.role) IN (SELECT (unit_code, role) FROM reported)
    GROUP BY ALL
), compared AS (
    SELECT coalesce(r.unit_code, d.unit_code) AS unit_code, coalesce(r.role, d.role) AS role,
           coalesce(r.level, d.level) AS level, coalesce(r.count, 0) AS reported, coalesce(d.count, 0) AS counted
    FROM reported r FULL JOIN detail d ON d.unit_code = r.unit_code AND d.role = r.role AND d.level = r.level
)
SELECT 'unit' AS subject_kind, unit_code AS subject_id, unit_code,
       'biểu tổng hợp không khớp số liệu chi tiết: ' || string_agg(
           level_vi(level) || ' báo cáo ' || reported || ', đếm được ' || counted, '; ' ORDER BY level DESC) AS message,
       to_json(list({'role': role, 'level': level, 'reported': reported, 'counted': counted} ORDER BY level DESC))::VARCHAR AS evidence
FROM compared WHERE reported <> counted
GROUP BY unit_code
