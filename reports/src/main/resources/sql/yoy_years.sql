-- 同比对比: the years the region and cluster tables compare, the report's year and the four before it
-- as far as the warehouse holds the period, oldest first; slot n is the table's n-th year column.
-- Parameters: year, period.
WITH params AS (SELECT CAST(? AS INTEGER) AS year, CAST(? AS INTEGER) AS period),
held AS (
    SELECT DISTINCT s.year FROM mart_yoy_series AS s, params AS p
    WHERE s.subject_type IN ('region', 'cluster') AND s.period = p.period AND s.year BETWEEN p.year - 4 AND p.year
)
SELECT year, CAST(year AS VARCHAR) || '年' AS year_label, row_number() OVER (ORDER BY year) AS slot
FROM held
ORDER BY year;
