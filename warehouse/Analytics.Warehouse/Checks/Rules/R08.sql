-- code: R08
-- title_vi: Hai năm liền không hoàn thành nhiệm vụ
-- title_en: Two consecutive years KHTNV
-- rule_sets: 2018, 2023, 2025
-- severity: violation
-- periods: year
-- regulation: Chỉ thị 28-CT/TW; Hướng dẫn 02-HD/BTCTW (2021); quy định cho thôi việc cán bộ, công chức
-- A member, civil servant or leader rated KHTNV this year and the year before (any unit: people
-- keep their key through unit merges), with no follow-up: still rated, not expelled or dismissed.
SELECT 'person' AS subject_kind, f.subject_id, min(f.unit_code) AS unit_code,
       'KHTNV năm ' || $previous_period || ' và lại KHTNV năm ' || $period AS message,
       to_json({'roles': string_agg(DISTINCT CAST(f.role AS VARCHAR), ', ')})::VARCHAR AS evidence
FROM period_final f
JOIN period_final before ON before.person_key = f.person_key AND before.period = $previous_period AND before.level = 1
WHERE f.period = $period AND f.subject_kind = 'person' AND f.level = 1
  AND f.role IN ('party_member', 'civil_servant', 'leader')
  AND f.discipline NOT IN ('expulsion', 'dismissal')
GROUP BY f.subject_id
