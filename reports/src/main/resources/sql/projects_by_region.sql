-- 重点项目 by region (the report's main table), from mart_project_summary summed over the statuses,
-- in the circulars' order of regions, then the city's total (全市合计). Amounts are summed exactly in
-- 万元 and rounded to 亿元 once; ahead_pts is completion − time progress, as in mart_project_progress.
-- Parameters: year, period.
WITH regions AS (
    SELECT region_code, region_name, any_value(period) AS period,
           sum(projects) AS projects, sum(annual_plan) AS annual_plan, sum(invested_ytd) AS invested_ytd,
           sum(behind_schedule) AS behind_count, sum(went_into_production) AS into_production_count
    FROM mart_project_summary
    WHERE year = ? AND period = ?
    GROUP BY GROUPING SETS ((region_code, region_name), ())
)
SELECT coalesce(r.region_name, '全市合计') AS name,
       r.projects,
       wan_to_yi(r.annual_plan) AS annual_plan_yi,
       wan_to_yi(r.invested_ytd) AS invested_yi,
       ratio_pct(r.invested_ytd, r.annual_plan) AS completion_pct,
       ratio_pct(12 * r.invested_ytd - r.period * r.annual_plan, 12 * r.annual_plan) AS ahead_pts,
       r.behind_count,
       r.into_production_count
FROM regions AS r
LEFT JOIN dim_region AS d ON d.region_code = r.region_code
ORDER BY r.region_code IS NULL, d.sort_order, r.region_code;
