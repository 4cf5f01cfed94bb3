-- code: R02
-- title_vi: Tỷ lệ công chức HTXSNV cao hơn tỷ lệ đảng viên HTXSNV
-- title_en: Civil-service excellent share above the party share
-- rule_sets: 2023, 2025
-- severity: violation
-- regulation: Nghị định 48/2023/NĐ-CP
-- An agency's share of staff rated HTXSNV exceeds the share of party members rated HTXSNV in the
-- party organisation that leads it (linked through counterpart_code, either way round).
WITH pairs AS (
    SELECT DISTINCT a.unit_code AS agency, p.unit_code AS party
    FROM period_units a JOIN period_units p
      ON (a.counterpart_code = p.unit_code OR p.counterpart_code = a.unit_code)
    WHERE a.unit_kind IN ('agency', 'government_body') AND p.unit_kind IN ('grassroots_party_org', 'party_committee')
), staff AS (
    SELECT unit_code AS agency, avg(CASE WHEN level = 4 THEN 1.0 ELSE 0.0 END) AS share, count(*) AS rated
    FROM period_final WHERE period = $period AND role = 'civil_servant' AND level IS NOT NULL GROUP BY unit_code
), members AS (
    SELECT u.org AS party, avg(CASE WHEN f.level = 4 THEN 1.0 ELSE 0.0 END) AS share, count(*) AS rated
    FROM period_final f JOIN period_units u ON u.unit_code = f.unit_code
    WHERE f.period = $period AND f.role = 'party_member' AND f.level IS NOT NULL AND u.org IS NOT NULL GROUP BY u.org
)
SELECT 'unit' AS subject_kind, p.agency AS subject_id, p.agency AS unit_code,
       'tỷ lệ HTXSNV của công chức ' || pct_vi(s.share) || ' cao hơn tỷ lệ HTXSNV của đảng viên '
           || p.party || ' ' || pct_vi(m.share) AS message,
       to_json({'party_organisation': p.party, 'staff_share': s.share, 'staff_rated': s.rated, 'member_share': m.share, 'members_rated': m.rated})::VARCHAR AS evidence
FROM pairs p JOIN staff s ON s.agency = p.agency JOIN members m ON m.party = p.party
WHERE s.share > m.share + 1e-9
