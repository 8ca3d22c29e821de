-- 同比对比, the city: the cumulative growth of value added, revenue, output and profit, period by period
-- (1-2月 … 1-12月), this year and the four years before it, as far as the warehouse holds them; this
-- year only up to the report's period. One row per indicator × year × period (the charts' series).
-- Parameters: year, period.
WITH params AS (SELECT CAST(? AS INTEGER) AS year, CAST(? AS INTEGER) AS period)
SELECT c.indicator, c.indicator_name, i.sort_order, c.year, CAST(c.year AS VARCHAR) || '年' AS year_label,
       c.period, '1-' || CAST(c.period AS VARCHAR) || '月' AS period_short_label, c.growth_pct
FROM mart_city_indicator AS c
JOIN dim_indicator AS i ON i.indicator = c.indicator, params AS p
WHERE c.indicator IN ('value_added', 'revenue', 'output', 'profit')
  AND c.year BETWEEN p.year - 4 AND p.year
  AND c.period >= 2
  AND (c.year < p.year OR c.period <= p.period)
-- Periods before years: a chart takes its categories in the order they first come, 1-2月 first.
ORDER BY i.sort_order, c.period, c.year;
