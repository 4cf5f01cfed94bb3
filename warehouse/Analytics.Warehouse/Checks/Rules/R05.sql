-- code: R05
-- title_vi: Tập thể không hoàn thành nhiệm vụ nhưng cá nhân không liên đới
-- title_en: Collective failed, members untouched
-- rule_sets: 2014, 2018, 2023, 2025
-- severity: warning
-- regulation: Quy định 124-QĐ/TW điều 3 (trách nhiệm liên đới); Thông báo kết luận của Thường trực Tỉnh ủy (2019)
-- An organisation rated KHTNV while every rated member (a party cell) or its head (any other
-- organisation) is HTTNV or better: collective responsibility not carried to individuals.
WITH failed AS (
    SELECT f.subject_unit AS unit_code, u.unit_kind, f.role
    FROM period_final f JOIN period_units u ON u.unit_code = f.subject_unit
    WHERE f.period = $period AND f.subject_kind = 'unit' AND f.level = 1
), individuals AS (
    SELECT x.unit_code, f.level
    FROM failed x JOIN period_final f ON f.unit_code = x.unit_code AND f.period = $period AND f.role = 'party_member'
    WHERE x.unit_kind = 'party_cell' AND f.level IS NOT NULL
    UNION ALL
    SELECT x.unit_code, f.level
    FROM failed x
    JOIN period_positions p ON p.unit_code = x.unit_code AND p.role = 'head'
    JOIN period_final f ON f.person_key = p.person_key AND f.period = $period AND f.level IS NOT NULL
    WHERE x.unit_kind <> 'party_cell'
)
SELECT 'unit' AS subject_kind, unit_code AS subject_id, unit_code,
       'xếp loại KHTNV trong khi cả ' || count(*) || ' cá nhân được xếp loại đều đạt HTTNV trở lên' AS message,
       to_json({'individuals': count(*), 'lowest': min(level)})::VARCHAR AS evidence
FROM individuals GROUP BY unit_code HAVING min(level) >= 3
