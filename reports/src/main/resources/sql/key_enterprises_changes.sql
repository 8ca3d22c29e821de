-- 百户重点企业, table 3: the list's entries (新进入: on this year's list, not on last year's) and exits
-- (退出: on last year's, not on this year's). A list is compared only when both years have it.
-- Parameters: year.
WITH this_year AS (SELECT CAST(? AS INTEGER) AS year),
lists AS (
    SELECT DISTINCT k.year, k.list_code, k.credit_code, k.enterprise_name
    FROM fact_key_list AS k
    WHERE k.list_code IN (SELECT subject_code FROM fact_target WHERE subject_type = 'key_group')
),
now AS (SELECT l.* FROM lists AS l, this_year AS t WHERE l.year = t.year),
before AS (SELECT l.* FROM lists AS l, this_year AS t WHERE l.year = t.year - 1)
SELECT 'changes' AS section, n.list_code, '新进入' AS change, n.credit_code, n.enterprise_name
FROM now AS n
WHERE n.list_code IN (SELECT list_code FROM before)
  AND NOT EXISTS (SELECT 1 FROM before AS b WHERE b.list_code = n.list_code AND b.credit_code = n.credit_code)
UNION ALL
SELECT 'changes', b.list_code, '退出', b.credit_code, b.enterprise_name
FROM before AS b
WHERE b.list_code IN (SELECT list_code FROM now)
  AND NOT EXISTS (SELECT 1 FROM now AS n WHERE n.list_code = b.list_code AND n.credit_code = b.credit_code)
ORDER BY list_code, change = '退出', credit_code;
