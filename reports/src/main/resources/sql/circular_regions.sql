-- The circular's ranking table: every region, management zones included, ranked by comparable-basis
-- revenue growth. Equal growth shares a rank and is listed in the profile's order.
-- Parameters: year, period.
SELECT rank_by_growth,
       region_name,
       value_yi,
       growth_pct,
       share_pct,
       CASE
           WHEN growth_rank_change IS NULL THEN '—'
           WHEN growth_rank_change > 0 THEN '↑' || growth_rank_change
           WHEN growth_rank_change < 0 THEN '↓' || abs(growth_rank_change)
           ELSE '持平'
       END AS rank_change,
       CASE
           WHEN rank_by_growth = 1 THEN '增速最高'
           WHEN rank_by_growth = max(rank_by_growth) OVER () AND count(*) OVER () > 1 THEN '增速最低'
           ELSE ''
       END AS remark
FROM mart_region_indicator
WHERE year = ? AND period = ? AND indicator = 'revenue'
ORDER BY rank_by_growth, sort_order;
