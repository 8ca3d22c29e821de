-- 附表: every region × the indicators of the 排名通报, in the profile's order, then the city.
-- Amounts in 亿元 (electricity in 万千瓦时); growth in %. Regions without a figure print blank.
-- Parameters: year, period, year, period.
WITH r AS (
    SELECT region_name, sort_order, indicator, value_ytd, value_yi, growth_pct
    FROM mart_region_indicator WHERE year = ? AND period = ?
    UNION ALL
    SELECT '全市', 1000000, indicator, value_ytd, value_yi, growth_pct
    FROM mart_city_indicator WHERE year = ? AND period = ?
)
SELECT 'matrix' AS section,
       region_name,
       max(growth_pct) FILTER (WHERE indicator = 'value_added') AS value_added_growth_pct,
       max(value_yi) FILTER (WHERE indicator = 'revenue') AS revenue_yi,
       max(growth_pct) FILTER (WHERE indicator = 'revenue') AS revenue_growth_pct,
       max(value_yi) FILTER (WHERE indicator = 'profit') AS profit_yi,
       max(growth_pct) FILTER (WHERE indicator = 'profit') AS profit_growth_pct,
       CAST(round(max(value_ytd) FILTER (WHERE indicator = 'electricity'), 0) AS DECIMAL(18, 0)) AS electricity,
       max(growth_pct) FILTER (WHERE indicator = 'electricity') AS electricity_growth_pct,
       max(value_yi) FILTER (WHERE indicator = 'vat') AS vat_yi,
       max(growth_pct) FILTER (WHERE indicator = 'vat') AS vat_growth_pct
FROM r
GROUP BY region_name, sort_order
ORDER BY sort_order;
