-- 对标: the province, the nation and peer cities beside the city itself, per indicator and period.
-- The city's own rows come from mart_city_indicator where the indicator is the same (by its Chinese
-- name); growth is the published figure where there is one, else recomputed from the levels.
CREATE VIEW mart_benchmark AS
SELECT data_year AS year, data_period AS period, period_label(data_year, data_period) AS period_label,
       area, false AS is_city, indicator AS indicator_name, unit, value_ytd, value_ly,
       coalesce(CAST(published_growth_pct AS DECIMAL(18, 1)), growth_pct(value_ytd, value_ly)) AS growth_pct
FROM fact_benchmark
UNION ALL
SELECT c.year, c.period, c.period_label, '本市', true,
       CASE c.indicator WHEN 'value_added' THEN '规模以上工业增加值' WHEN 'revenue' THEN '规模以上工业营业收入' END,
       CASE c.indicator WHEN 'value_added' THEN '%' ELSE '亿元' END,
       CASE WHEN c.indicator = 'revenue' THEN c.value_ytd * 0.0001 END,
       CASE WHEN c.indicator = 'revenue' THEN c.value_ly * 0.0001 END,
       c.growth_pct
FROM mart_city_indicator AS c
WHERE c.indicator IN ('value_added', 'revenue');

-- 核对: every figure sent with a published growth rate beside its levels, recomputed from the levels;
-- flagged when the two differ by more than 0.1 point.
CREATE VIEW mart_reconciliation AS
SELECT 'benchmarks' AS feed, source_file, source_row, period_label, area, indicator AS indicator_name,
       value_ytd, value_ly, published_growth_pct,
       growth_pct(value_ytd, value_ly) AS recomputed_growth_pct,
       published_growth_pct - growth_pct(value_ytd, value_ly) AS difference_pts,
       abs(published_growth_pct - growth_pct(value_ytd, value_ly)) > 0.1 AS flagged
FROM fact_benchmark
WHERE published_growth_pct IS NOT NULL AND value_ytd IS NOT NULL AND value_ly IS NOT NULL;
