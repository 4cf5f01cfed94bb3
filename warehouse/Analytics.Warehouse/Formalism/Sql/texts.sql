-- The self-criticism texts of the periods being scored, per unit of review (review_id: a hash of
-- period and unit): how many members of the unit wrote each text that says something.
-- CommentSimilarity reads the distinct texts (each featurised once, however many members wrote it),
-- finds the pairs of near-identical ones (fm_near), and for each unit that holds such a pair the
-- members of its most copied line with its near-duplicates (fm_copy).
CREATE OR REPLACE TEMP TABLE fm_unit_text AS
SELECT m.period, m.unit_code, hash(m.period, m.unit_code) AS review_id, t.text_id, count(*) AS n
FROM fm_member m JOIN fm_text t ON t.raw_id = m.raw_id AND NOT t.nothing
WHERE m.period IN (SELECT period FROM fm_scope)
GROUP BY m.period, m.unit_code, t.text_id;

CREATE OR REPLACE TEMP TABLE fm_near (a UBIGINT, b UBIGINT);
CREATE OR REPLACE TEMP TABLE fm_copy (review_id UBIGINT, copied INTEGER);
