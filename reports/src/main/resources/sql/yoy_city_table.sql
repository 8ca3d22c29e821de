-- 同比对比, table 1: the same growth rates as yoy_city_growth.sql, one row per indicator × year with a
-- column per period (p02 = 1-2月 … p12 = 1-12月), so that a column compares the same period across years.
-- Parameters: year, period.
WITH params AS (SELECT CAST(? AS INTEGER) AS year, CAST(? AS INTEGER) AS period),
growth AS (
    SELECT c.indicator, c.indicator_name, i.sort_order, c.year, c.period, c.growth_pct
    FROM mart_city_indicator AS c
    JOIN dim_indicator AS i ON i.indicator = c.indicator, params AS p
    WHERE c.indicator IN ('value_added', 'revenue', 'output', 'profit')
      AND c.year BETWEEN p.year - 4 AND p.year
      AND c.period >= 2
      AND (c.year < p.year OR c.period <= p.period)
)
SELECT 'city' AS section, indicator, indicator_name, year, CAST(year AS VARCHAR) || '年' AS year_label,
       max(growth_pct) FILTER (WHERE period = 2) AS p02,
       max(growth_pct) FILTER (WHERE period = 3) AS p03,
       max(growth_pct) FILTER (WHERE period = 4) AS p04,
       max(growth_pct) FILTER (WHERE period = 5) AS p05,
       max(growth_pct) FILTER (WHERE period = 6) AS p06,
       max(growth_pct) FILTER (WHERE period = 7) AS p07,
       max(growth_pct) FILTER (WHERE period = 8) AS p08,
       max(growth_pct) FILTER (WHERE period = 9) AS p09,
       max(growth_pct) FILTER (WHERE period = 10) AS p10,
       max(growth_pct) FILTER (WHERE period = 11) AS p11,
       max(growth_pct) FILTER (WHERE period = 12) AS p12
FROM growth
GROUP BY indicator, indicator_name, sort_order, year
ORDER BY sort_order, year;
