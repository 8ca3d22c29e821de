-- 重点项目 by industry cluster: the same columns as by region, one row per cluster the projects name
-- (largest tier first), projects without a cluster last as 其他. No total: the region table has it.
-- Parameters: year, period.
WITH clusters AS (
    SELECT cluster_name, any_value(period) AS period,
           count(*) AS projects, sum(annual_plan) AS annual_plan, sum(invested_ytd) AS invested_ytd,
           count(*) FILTER (WHERE behind_schedule) AS behind_count,
           count(*) FILTER (WHERE went_into_production) AS into_production_count
    FROM mart_project_progress
    WHERE year = ? AND period = ?
    GROUP BY cluster_name
)
SELECT coalesce(c.cluster_name, '其他') AS name,
       c.projects,
       wan_to_yi(c.annual_plan) AS annual_plan_yi,
       wan_to_yi(c.invested_ytd) AS invested_yi,
       ratio_pct(c.invested_ytd, c.annual_plan) AS completion_pct,
       ratio_pct(12 * c.invested_ytd - c.period * c.annual_plan, 12 * c.annual_plan) AS ahead_pts,
       c.behind_count,
       c.into_production_count
FROM clusters AS c
LEFT JOIN dim_cluster AS d ON d.cluster_name = c.cluster_name
ORDER BY c.cluster_name IS NULL, d.target_tier_yi DESC NULLS LAST, c.cluster_name;
