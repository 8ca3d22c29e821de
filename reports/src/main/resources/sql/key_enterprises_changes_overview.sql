-- 百户重点企业: the sentence on the list's entries and exits, one row per list this year: whether last
-- year's list is there to compare with, and how many entered and left.
-- Parameters: year.
WITH this_year AS (SELECT CAST(? AS INTEGER) AS year),
lists AS (
    SELECT DISTINCT k.year, k.list_code, k.list_name, k.credit_code
    FROM fact_key_list AS k
    WHERE k.list_code IN (SELECT subject_code FROM fact_target WHERE subject_type = 'key_group')
),
now AS (SELECT l.* FROM lists AS l, this_year AS t WHERE l.year = t.year),
before AS (SELECT l.* FROM lists AS l, this_year AS t WHERE l.year = t.year - 1)
SELECT n.list_code, any_value(n.list_name) AS list_name, any_value(t.year) - 1 AS previous_year,
       n.list_code IN (SELECT list_code FROM before) AS comparable,
       count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM before AS b
                                          WHERE b.list_code = n.list_code AND b.credit_code = n.credit_code)) AS entrants,
       (SELECT count(*) FROM before AS b
        WHERE b.list_code = n.list_code
          AND NOT EXISTS (SELECT 1 FROM now AS x WHERE x.list_code = b.list_code AND x.credit_code = b.credit_code)) AS exits
FROM now AS n, this_year AS t
GROUP BY n.list_code
ORDER BY n.list_code;
