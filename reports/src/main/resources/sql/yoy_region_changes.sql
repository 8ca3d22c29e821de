-- 同比对比: the changes of region codes the region table's years run across (e.g. 许昌县 411023 became
-- 建安区 411003 in 2017): a retired code whose last year is among the compared years but before the
-- report's year. Its figures are in the successor's row, so the series continues; the note says so.
-- Parameters: year, period.
WITH params AS (SELECT CAST(? AS INTEGER) AS year, CAST(? AS INTEGER) AS period),
compared AS (
    SELECT min(s.year) AS first_year FROM mart_yoy_series AS s, params AS p
    WHERE s.subject_type = 'region' AND s.period = p.period AND s.year BETWEEN p.year - 4 AND p.year
)
SELECT retired.region_name AS old_name, retired.region_code AS old_code,
       successor.short_name AS new_name, successor.region_code AS new_code,
       retired.valid_to_year + 1 AS change_year
FROM dim_region AS retired
JOIN dim_region AS successor ON successor.region_code = retired.current_code, params AS p, compared AS c
WHERE retired.region_code <> retired.current_code
  AND retired.valid_to_year >= c.first_year AND retired.valid_to_year < p.year
ORDER BY change_year, old_code;
