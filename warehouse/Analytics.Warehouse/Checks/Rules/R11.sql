-- code: R11
-- title_vi: Chưa báo cáo hoặc báo cáo chậm
-- title_en: Missing or late submission
-- rule_sets: 2014, 2018, 2023, 2025
-- severity: violation
-- regulation: Hướng dẫn 21-HD/BTCTW (thời gian đánh giá, xếp loại); Nghị định 48/2023/NĐ-CP (trước 15/12)
-- Every grassroots party organisation in force during the period is expected to report its
-- members' final ratings: none delivered is missing; original decisions (revision 0) taken after
-- $deadline are late. Later revisions (re-rating after discipline) are not lateness.
WITH delivered AS (
    SELECT u.org AS unit_code, count(*) AS finals, max(f.decided_on) AS last_decided
    FROM rating_all f JOIN period_units u ON u.unit_code = f.unit_code
    WHERE f.period_year = $year AND f.period = $period AND f.role = 'party_member' AND f.channel = 'final' AND f.revision = 0
    GROUP BY u.org
)
SELECT 'unit' AS subject_kind, u.unit_code AS subject_id, u.unit_code,
       CASE WHEN d.unit_code IS NULL THEN 'chưa nộp kết quả xếp loại đảng viên năm ' || $period
            ELSE 'quyết định xếp loại ngày ' || strftime(d.last_decided, '%d/%m/%Y') || ', sau hạn ' || strftime(CAST($deadline AS DATE), '%d/%m/%Y') END AS message,
       to_json({'finals': coalesce(d.finals, 0), 'last_decided': d.last_decided, 'deadline': $deadline})::VARCHAR AS evidence
FROM period_units u LEFT JOIN delivered d ON d.unit_code = u.unit_code
WHERE u.unit_kind = 'grassroots_party_org'
  AND (d.unit_code IS NULL OR d.last_decided > $deadline)
