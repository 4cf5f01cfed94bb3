-- code: R07
-- title_vi: Xếp loại đảng viên cao hơn xếp loại công chức
-- title_en: Party rating above the civil-service rating
-- rule_sets: 2018, 2023, 2025
-- severity: violation
-- regulation: Hướng dẫn 21-HD/BTCTW
-- A member who is also a civil servant: party HTXSNV needs civil-service HTXSNV, civil-service
-- KHTNV forces party KHTNV, and the party rating should not exceed the civil-service one.
SELECT 'person' AS subject_kind, p.subject_id, p.unit_code,
       'xếp loại đảng viên ' || level_vi(p.level) || ' cao hơn xếp loại công chức ' || level_vi(c.level) || ' (' || c.unit_code || ')' AS message,
       to_json({'party_level': p.level, 'party_unit': p.unit_code, 'civil_service_level': c.level, 'agency': c.unit_code})::VARCHAR AS evidence
FROM period_final p
JOIN period_final c ON c.person_key = p.person_key AND c.period = p.period AND c.role = 'civil_servant'
WHERE p.period = $period AND p.role = 'party_member' AND p.level IS NOT NULL AND c.level IS NOT NULL
  AND p.level > c.level
