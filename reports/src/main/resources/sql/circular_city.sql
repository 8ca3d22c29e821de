-- 一、总体运行: the city's headline figures in one row, value added first (the headline), then
-- revenue, output and profit, the profit margin (利润率 = profit / revenue × 100, one decimal) and
-- the count of above-scale enterprises. A figure the warehouse lacks for the period is NULL.
-- Parameters: year, period.
WITH c AS (
    SELECT * FROM mart_city_indicator WHERE year = ? AND period = ?
)
SELECT max(growth_pct) FILTER (WHERE indicator = 'value_added') AS value_added_growth_pct,
       max(value_yi) FILTER (WHERE indicator = 'revenue') AS revenue_yi,
       max(growth_pct) FILTER (WHERE indicator = 'revenue') AS revenue_growth_pct,
       max(value_yi) FILTER (WHERE indicator = 'output') AS output_yi,
       max(growth_pct) FILTER (WHERE indicator = 'output') AS output_growth_pct,
       max(value_yi) FILTER (WHERE indicator = 'profit') AS profit_yi,
       max(growth_pct) FILTER (WHERE indicator = 'profit') AS profit_growth_pct,
       CAST(round(max(value_ytd) FILTER (WHERE indicator = 'profit') * 100
                  / nullif(max(value_ytd) FILTER (WHERE indicator = 'revenue'), 0), 1) AS DECIMAL(18, 1))
           AS profit_margin_pct,
       max(enterprise_count) FILTER (WHERE indicator = 'revenue') AS enterprise_count
FROM c
HAVING count(*) > 0;
