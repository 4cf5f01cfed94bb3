-- code: R09
-- title_vi: Tổ chức đảng và chính quyền cùng cấp không đồng bộ
-- title_en: Party organisation out of step with its state counterpart
-- rule_sets: 2014, 2018, 2023, 2025
-- severity: violation
-- regulation: Thông báo kết luận của Thường trực Tỉnh ủy (2019), mục 5 ("đồng bộ"); Hướng dẫn 21-HD/BTCTW
-- A party organisation and the government body or agency it leads (counterpart_code, either way)
-- differ by $gap levels or more, or the party side is HTXSNV while the state side is below HTTNV.
WITH pairs AS (
    SELECT DISTINCT p.unit_code AS party, s.unit_code AS state
    FROM period_units p JOIN period_units s ON (p.counterpart_code = s.unit_code OR s.counterpart_code = p.unit_code)
    WHERE p.unit_kind IN ('party_cell', 'grassroots_party_org', 'party_committee')
      AND s.unit_kind IN ('government_body', 'agency')
), levels AS (
    SELECT subject_unit AS unit_code, level FROM period_final
    WHERE period = $period AND subject_kind = 'unit' AND role = 'organisation' AND level IS NOT NULL
)
SELECT 'unit' AS subject_kind, x.party AS subject_id, x.party AS unit_code,
       'tổ chức đảng xếp loại ' || level_vi(p.level) || ', ' || x.state || ' xếp loại ' || level_vi(s.level) AS message,
       to_json({'party_level': p.level, 'state_unit': x.state, 'state_level': s.level})::VARCHAR AS evidence
FROM pairs x JOIN levels p ON p.unit_code = x.party JOIN levels s ON s.unit_code = x.state
WHERE abs(p.level - s.level) >= $gap OR (p.level = 4 AND s.level < 3)
