SELECT text_id, any_value(text_key) FROM fm_text WHERE text_id IN (SELECT text_id FROM fm_unit_text) GROUP BY text_id ORDER BY text_id
