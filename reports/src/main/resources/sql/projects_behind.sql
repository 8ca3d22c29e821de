-- 重点项目 behind schedule: completion of the annual plan below the time progress, the furthest
-- behind first, with region, cluster and how far behind (ahead_pts, negative points).
-- Parameters: year, period.
SELECT project_id, project_name, region_name, cluster_name,
       wan_to_yi(annual_plan) AS annual_plan_yi, invested_yi, completion_pct, ahead_pts
FROM mart_project_progress
WHERE year = ? AND period = ? AND behind_schedule
ORDER BY ahead_pts, project_id;
