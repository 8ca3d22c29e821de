-- 新入库与退库: per year and region, the enterprises above scale this year that were not last year
-- (新入库, entrants) and those above scale last year that are not this year (exits). A year is
-- compared only when the year before it is in the warehouse. Regions as coded today.
CREATE VIEW mart_entrants_exits AS
WITH present AS (
    SELECT DISTINCT f.year, f.credit_code, r.current_code AS region_code
    FROM fact_enterprise_period AS f
    JOIN dim_region AS r ON r.region_code = f.region_code
),
years AS (
    SELECT DISTINCT year FROM present
    WHERE year - 1 IN (SELECT year FROM present)
),
entrants AS (
    SELECT p.year, p.region_code, count(*) AS entrants
    FROM present AS p JOIN years AS y ON y.year = p.year
    WHERE NOT EXISTS (SELECT 1 FROM present AS b WHERE b.year = p.year - 1 AND b.credit_code = p.credit_code)
    GROUP BY ALL
),
exits AS (
    SELECT p.year + 1 AS year, p.region_code, count(*) AS exits
    FROM present AS p JOIN years AS y ON y.year = p.year + 1
    WHERE NOT EXISTS (SELECT 1 FROM present AS a WHERE a.year = p.year + 1 AND a.credit_code = p.credit_code)
    GROUP BY ALL
),
counts AS (
    SELECT p.year, p.region_code, count(*) AS enterprises
    FROM present AS p JOIN years AS y ON y.year = p.year
    GROUP BY ALL
)
SELECT c.year, c.region_code, d.short_name AS region_name, d.sort_order, c.enterprises,
       coalesce(e.entrants, 0) AS entrants, coalesce(x.exits, 0) AS exits
FROM counts AS c
JOIN dim_region AS d ON d.region_code = c.region_code
LEFT JOIN entrants AS e ON e.year = c.year AND e.region_code = c.region_code
LEFT JOIN exits AS x ON x.year = c.year AND x.region_code = c.region_code;
