-- The self-criticism texts of the periods being scored, per unit of review: fm_unit_text holds how
-- many members of the unit wrote each folded text (text id = the folded text's hash), numbered by
-- unit (group_no). CommentSimilarity reads the distinct texts (each featurised once, however many
-- members wrote it) and the units holding two texts or more (which it compares within the unit only).
CREATE OR REPLACE TEMP TABLE fm_unit_text AS
SELECT period, unit_code, text_id, any_value(text_key) AS text_key, count(*) AS n,
       dense_rank() OVER (ORDER BY period, unit_code) AS group_no
FROM fm_member
WHERE has_self AND text_kind = 'text' AND period IN (SELECT period FROM fm_scope)
GROUP BY period, unit_code, text_id;

CREATE OR REPLACE TEMP TABLE fm_copy (group_no BIGINT, copied INTEGER);
