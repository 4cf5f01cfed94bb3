-- The units' texts that have a near-duplicate somewhere, unit by unit.
SELECT review_id, text_id, n FROM fm_unit_text WHERE text_id IN (SELECT a FROM fm_near) ORDER BY review_id, text_id
