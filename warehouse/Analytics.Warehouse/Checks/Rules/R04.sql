-- code: R04
-- title_vi: Tổ chức đảng "Hoàn thành xuất sắc nhiệm vụ" nhưng chưa đủ điều kiện
-- title_en: Organisation excellent without the members to show for it
-- rule_sets: 2018, 2023, 2025
-- severity: violation
-- regulation: Hướng dẫn 21-HD/BTCTW §II.B.1.3
-- A party cell rated HTXSNV needs 100% of its rated members HTNV or better and ≥ $share HTTNV or
-- better; a party committee (or grassroots organisation) rated HTXSNV needs the same of its
-- subordinate party organisations, and its same-level government, MTTQ and mass organisations
-- HTTNV or better.
WITH excellent AS (
    SELECT f.subject_unit AS unit_code, u.unit_kind
    FROM period_final f JOIN period_units u ON u.unit_code = f.subject_unit
    WHERE f.period = $period AND f.subject_kind = 'unit' AND f.role = 'organisation' AND f.level = 4
      AND u.unit_kind IN ('party_cell', 'grassroots_party_org', 'party_committee')
), below AS (
    -- what each excellent organisation is measured by: members (cells) or subordinate organisations
    SELECT e.unit_code, 'members' AS basis, f.level, NULL::VARCHAR AS state_unit
    FROM excellent e JOIN period_final f ON f.unit_code = e.unit_code
    WHERE e.unit_kind = 'party_cell' AND f.period = $period AND f.role = 'party_member' AND f.level IS NOT NULL
    UNION ALL
    SELECT e.unit_code, 'organisations', f.level, NULL
    FROM excellent e JOIN period_units s ON s.parent_code = e.unit_code
    JOIN period_final f ON f.subject_unit = s.unit_code AND f.role = 'organisation' AND f.period = $period
    WHERE e.unit_kind <> 'party_cell' AND s.unit_kind IN ('party_cell', 'grassroots_party_org', 'party_committee') AND f.level IS NOT NULL
    UNION ALL
    SELECT e.unit_code, 'state', f.level, s.unit_code
    FROM excellent e JOIN period_units p ON p.unit_code = e.unit_code
    JOIN period_units s ON (s.unit_code = p.counterpart_code OR s.counterpart_code = e.unit_code
                     OR (s.parent_code = e.unit_code AND s.unit_kind IN ('fatherland_front', 'mass_org')))
    JOIN period_final f ON f.subject_unit = s.unit_code AND f.role = 'organisation' AND f.period = $period
    WHERE e.unit_kind <> 'party_cell' AND s.unit_kind IN ('government_body', 'agency', 'fatherland_front', 'mass_org') AND f.level IS NOT NULL
), measured AS (
    SELECT unit_code, any_value(basis) FILTER (WHERE basis <> 'state') AS basis,
           CASE any_value(basis) FILTER (WHERE basis <> 'state') WHEN 'members' THEN 'đảng viên' ELSE 'tổ chức đảng trực thuộc' END AS basis_vi,
           count(*) FILTER (WHERE basis <> 'state') AS rated,
           count(*) FILTER (WHERE basis <> 'state' AND level < 2) AS below_completed,
           count(*) FILTER (WHERE basis <> 'state' AND level >= 3) AS good_or_better,
           string_agg(state_unit, ', ' ORDER BY state_unit) FILTER (WHERE basis = 'state' AND level < 3) AS weak_state
    FROM below GROUP BY unit_code
)
SELECT 'unit' AS subject_kind, unit_code AS subject_id, unit_code,
       'xếp loại HTXSNV nhưng ' || concat_ws('; ',
           CASE WHEN below_completed > 0 THEN below_completed || '/' || rated || ' ' || basis_vi || ' dưới HTNV' END,
           CASE WHEN rated > 0 AND good_or_better < $share * rated - 1e-9
                THEN 'chỉ ' || pct_vi(1.0 * good_or_better / rated) || ' ' || basis_vi || ' đạt HTTNV trở lên (cần ' || CAST(round($share * 100) AS INTEGER) || '%)' END,
           CASE WHEN weak_state IS NOT NULL THEN 'chính quyền, cơ quan cùng cấp dưới HTTNV: ' || weak_state END) AS message,
       to_json({'basis': basis, 'rated': rated, 'below_completed': below_completed, 'good_or_better': good_or_better, 'weak_state': weak_state})::VARCHAR AS evidence
FROM measured
WHERE below_completed > 0 OR (rated > 0 AND good_or_better < $share * rated - 1e-9) OR weak_state IS NOT NULL
