-- The city's headline figures for the circular's summary: revenue, output and profit, in circular order.
-- Parameters: year, period.
SELECT c.indicator, c.indicator_name, c.enterprise_count, c.value_yi, c.growth_pct
FROM mart_city_indicator AS c
JOIN dim_indicator AS i USING (indicator)
WHERE c.year = ? AND c.period = ? AND c.indicator IN ('revenue', 'output', 'profit')
ORDER BY i.sort_order;
