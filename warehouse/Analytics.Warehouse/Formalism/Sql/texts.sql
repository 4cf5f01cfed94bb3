-- The self-criticism texts of the periods being scored, per unit of review: how many members of
-- the unit wrote each text that says something, numbered by unit (group_no). CommentSimilarity reads
-- the distinct texts (each featurised once, however many members wrote it) and the units holding
-- two texts or more (which it compares within the unit only).
CREATE OR REPLACE TEMP TABLE fm_unit_text AS
SELECT m.period, m.unit_code, t.text_id, count(*) AS n, dense_rank() OVER (ORDER BY m.period, m.unit_code) AS group_no
FROM fm_member m JOIN fm_text t ON t.raw_id = m.raw_id AND NOT t.nothing
WHERE m.period IN (SELECT period FROM fm_scope)
GROUP BY m.period, m.unit_code, t.text_id;

CREATE OR REPLACE TEMP TABLE fm_copy (group_no BIGINT, copied INTEGER);
