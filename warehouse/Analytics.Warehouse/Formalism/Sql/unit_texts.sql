SELECT group_no, text_id, n FROM fm_unit_text
WHERE group_no IN (SELECT group_no FROM fm_unit_text GROUP BY group_no HAVING count(*) > 1)
ORDER BY group_no, text_id
