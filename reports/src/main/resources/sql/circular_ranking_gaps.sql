-- 二、分县（市、区）'s gaps: the indicators of the 排名通报 that no region has a growth figure for this
-- period (a feed not yet delivered, or no same period last year), so that the circular names them
-- instead of leaving their rankings out in silence. Same indicators as circular_rankings.sql.
-- Parameters: year, period.
SELECT i.indicator, i.indicator_name
FROM dim_indicator AS i
WHERE i.indicator IN ('value_added', 'revenue', 'profit', 'electricity', 'vat')
  AND NOT EXISTS (
      SELECT 1 FROM mart_region_indicator AS r
      WHERE r.year = ? AND r.period = ? AND r.indicator = i.indicator AND r.growth_pct IS NOT NULL)
ORDER BY i.sort_order;
