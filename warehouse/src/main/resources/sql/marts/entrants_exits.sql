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

-- 新入库企业拉动: per year × period, each region and the city (is_city; its region_code is NULL), the
-- pull of the year's entrants (新入库, as in mart_entrants_exits: above scale this year and in no period
-- of last year) on the growth of gross output (工业总产值), on the comparable basis (DOMAIN's pull).
--
-- entrants_pull_pts     拉动 = (Σ entrants' output − Σ entrants' 上年同期) / Σ all enterprises' 上年同期 × 100,
--                       points, one decimal. An entrant's base is its own 上年同期 as reported this year,
--                       so it pulls by its growth, not by its whole output.
-- incumbents_pull_pts   the same for the enterprises above scale last year too: the two pulls add up to
--                       output_growth_pct (up to rounding).
-- A year is compared only when the year before it is in the warehouse. Seed 000 一(三) asks this pull
-- to be 较上年有所提高: compare a row with the same period's row of the year before.
CREATE VIEW mart_entrants_pull AS
WITH located AS (
    SELECT f.year, f.period, f.credit_code, r.current_code AS region_code, f.output_ytd, f.output_ly
    FROM fact_enterprise_period AS f
    JOIN dim_region AS r ON r.region_code = f.region_code
),
present AS (
    SELECT DISTINCT year, credit_code FROM located
),
flagged AS (
    SELECT l.*,
           NOT EXISTS (SELECT 1 FROM present AS b WHERE b.year = l.year - 1 AND b.credit_code = l.credit_code)
               AS is_entrant
    FROM located AS l
    WHERE l.year - 1 IN (SELECT year FROM present)
),
totals AS (
    SELECT year, period, region_code, FALSE AS is_city,
           count(*) AS enterprises, count(*) FILTER (WHERE is_entrant) AS entrants,
           sum(output_ytd) AS output_ytd, sum(output_ly) AS output_ly,
           coalesce(sum(output_ytd) FILTER (WHERE is_entrant), 0) AS entrants_output_ytd,
           coalesce(sum(output_ly) FILTER (WHERE is_entrant), 0) AS entrants_output_ly
    FROM flagged
    GROUP BY year, period, region_code
    UNION ALL
    SELECT year, period, NULL, TRUE,
           count(*), count(*) FILTER (WHERE is_entrant),
           sum(output_ytd), sum(output_ly),
           coalesce(sum(output_ytd) FILTER (WHERE is_entrant), 0),
           coalesce(sum(output_ly) FILTER (WHERE is_entrant), 0)
    FROM flagged
    GROUP BY year, period
)
SELECT t.year, t.period, period_label(t.year, t.period) AS period_label,
       t.region_code, coalesce(d.short_name, '全市') AS region_name, coalesce(d.sort_order, 0) AS sort_order, t.is_city,
       t.enterprises, t.entrants, t.output_ytd, t.output_ly, t.entrants_output_ytd, t.entrants_output_ly,
       growth_pct(t.output_ytd, t.output_ly) AS output_growth_pct,
       ratio_pct(t.entrants_output_ytd - t.entrants_output_ly, t.output_ly) AS entrants_pull_pts,
       ratio_pct((t.output_ytd - t.entrants_output_ytd) - (t.output_ly - t.entrants_output_ly), t.output_ly)
           AS incumbents_pull_pts
FROM totals AS t
LEFT JOIN dim_region AS d ON d.region_code = t.region_code;
