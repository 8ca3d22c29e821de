-- 百户重点企业, table 1: the group's three measures, each a row with its target to date and whether
-- it is met (NULL when the year sets no such target).
-- Parameters: year, period.
WITH g AS (
    SELECT * FROM mart_key_group
    WHERE year = ? AND period = ?
      AND list_code IN (SELECT subject_code FROM fact_target WHERE subject_type = 'key_group')
)
SELECT 'targets' AS section, list_code, 1 AS measure_order, '产值增长（%）' AS measure_name,
       growth_pct AS actual, target_growth_pct AS target, growth_met AS met
FROM g
UNION ALL
SELECT 'targets', list_code, 2, '占规模以上工业比重（%）', share_pct, target_share_pct, share_met FROM g
UNION ALL
SELECT 'targets', list_code, 3, '拉动规模以上工业增长（百分点）', pull_pts, target_pull_pts, pull_met FROM g
ORDER BY list_code, measure_order;
