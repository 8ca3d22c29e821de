-- 产业集群营收目标进度: every cluster's progress against its annual revenue target, the largest
-- tier first and within a tier the furthest ahead first. target_met (the mart's) compares the exact
-- amounts, so a cluster at 99.96% is not rounded into having met its target.
-- Parameters: year, period.
SELECT cluster_code,
       cluster_name,
       target_tier_yi,
       CAST(target_yi AS DECIMAL(12, 2)) AS target_yi,  -- a tier (integer) or the year's own target
       enterprise_count,
       revenue_yi,
       completion_pct,
       time_progress_pct,
       ahead_pts,
       growth_pct,
       monthly_needed_yi,
       target_met
FROM mart_cluster_progress
WHERE year = ? AND period = ?
ORDER BY target_tier_yi DESC, ahead_pts DESC, cluster_code;
