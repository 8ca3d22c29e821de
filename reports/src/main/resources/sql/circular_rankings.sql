-- 二、分县（市、区）: one ranking per indicator of the 排名通报 (value added, revenue, profit,
-- industrial electricity, industrial VAT), management zones beside the counties, by growth.
-- total: the region's amount where it adds up (亿元; electricity in 万千瓦时); value added has none.
-- tied: another region shares the rank. is_first / is_last: the ends of the ranking, which the
-- circular marks. growth_rank_change is NULL in the year's first period (1-2月): no comparison.
-- Parameters: year, period.
WITH r AS (
    SELECT r.*, i.sort_order AS indicator_order
    FROM mart_region_indicator AS r
    JOIN dim_indicator AS i USING (indicator)
    WHERE r.year = ? AND r.period = ? AND r.growth_pct IS NOT NULL
      AND r.indicator IN ('value_added', 'revenue', 'profit', 'electricity', 'vat')
)
SELECT 'ranking' AS section,
       indicator,
       indicator_name,
       CASE indicator WHEN 'electricity' THEN '（万千瓦时）' WHEN 'value_added' THEN '' ELSE '（亿元）' END AS total_unit,
       region_name,
       CASE indicator
           WHEN 'value_added' THEN NULL
           WHEN 'electricity' THEN CAST(round(value_ytd, 0) AS DECIMAL(18, 0))
           ELSE value_yi
       END AS total,
       growth_pct,
       rank_by_growth,
       count(*) OVER (PARTITION BY indicator, rank_by_growth) > 1 AS tied,
       growth_rank_change,
       rank_by_growth = 1 AS is_first,
       rank_by_growth = max(rank_by_growth) OVER (PARTITION BY indicator) AND rank_by_growth > 1 AS is_last
FROM r
ORDER BY indicator_order, rank_by_growth, sort_order;
