-- The clusters report's opening sentence: how many clusters, how many have met their annual target,
-- how many are ahead of and behind the time progress (时间进度), which is the same for all of them.
-- Parameters: year, period.
SELECT count(*) AS cluster_count,
       count(*) FILTER (WHERE revenue_ytd >= target_yi * 10000) AS met_count,
       count(*) FILTER (WHERE ahead_pts >= 0) AS ahead_count,
       count(*) FILTER (WHERE ahead_pts < 0) AS behind_count,
       any_value(time_progress_pct) AS time_progress_pct
FROM mart_cluster_progress
WHERE year = ? AND period = ?;
