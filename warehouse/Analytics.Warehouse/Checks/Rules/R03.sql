-- code: R03
-- title_vi: Bị kỷ luật nhưng xếp loại trên mức "Không hoàn thành nhiệm vụ"
-- title_en: Disciplined but rated above KHTNV
-- rule_sets: 2018, 2023, 2025
-- severity: violation
-- regulation: Hướng dẫn 21-HD/BTCTW; Quy định 124-QĐ/TW; Nghị định 48/2023/NĐ-CP
-- A person disciplined in the period (party or administrative, any step; one violation counted once)
-- holds a final rating above KHTNV; a collective is caught when it was disciplined itself or one of
-- its members was disciplined at warning (cảnh cáo) or above.
WITH disciplined_people AS (
    SELECT person_key, max(discipline) AS discipline
    FROM period_steps WHERE period = $period AND subject_kind = 'person' AND discipline <> 'none'
    GROUP BY person_key
), people AS (
    SELECT 'person' AS subject_kind, f.subject_id, min(f.unit_code) AS unit_code, max(f.level) AS level,
           any_value(d.discipline) AS discipline, string_agg(role_vi(f.role) || ' ' || level_vi(f.level), ', ' ORDER BY f.role) AS finals
    FROM period_final f JOIN disciplined_people d USING (person_key)
    WHERE f.period = $period AND f.level > 1
    GROUP BY f.subject_id
), members AS (
    SELECT DISTINCT p.unit_code, d.discipline
    FROM period_positions p JOIN disciplined_people d USING (person_key)
    WHERE d.discipline >= 'warning'
), collectives AS (
    SELECT 'unit' AS subject_kind, f.subject_id, f.unit_code, f.level,
           coalesce(nullif(CAST(s.discipline AS VARCHAR), 'none'), 'a member: ' || CAST(m.discipline AS VARCHAR)) AS discipline,
           coalesce(discipline_vi(nullif(CAST(s.discipline AS VARCHAR), 'none')),
                    'thành viên bị ' || discipline_vi(m.discipline)) AS discipline_words,
           role_vi(f.role) || ' ' || level_vi(f.level) AS finals
    FROM period_final f
    LEFT JOIN (SELECT subject_unit, max(discipline) AS discipline FROM period_steps
               WHERE period = $period AND subject_kind = 'unit' AND discipline <> 'none' GROUP BY subject_unit) s
      ON s.subject_unit = f.subject_unit
    LEFT JOIN (SELECT unit_code, max(discipline) AS discipline FROM members GROUP BY unit_code) m ON m.unit_code = f.subject_unit
    WHERE f.period = $period AND f.subject_kind = 'unit' AND f.role IN ('collective', 'organisation') AND f.level > 1
      AND (s.discipline IS NOT NULL OR (f.role = 'collective' AND m.discipline IS NOT NULL))
)
SELECT subject_kind, subject_id, unit_code,
       'bị kỷ luật (' || discipline_words || ') nhưng được xếp loại ' || finals AS message,
       to_json({'discipline': discipline, 'finals': finals})::VARCHAR AS evidence
FROM (SELECT subject_kind, subject_id, unit_code, CAST(discipline AS VARCHAR) AS discipline,
             discipline_vi(discipline) AS discipline_words, finals
      FROM people
      UNION ALL SELECT subject_kind, subject_id, unit_code, discipline, discipline_words, finals FROM collectives)
