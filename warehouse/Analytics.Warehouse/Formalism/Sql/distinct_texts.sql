SELECT text_id, any_value(text_key) FROM fm_unit_text GROUP BY text_id ORDER BY text_id
