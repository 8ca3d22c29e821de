-- The clusters report's opening sentence: how many clusters, how many have met their annual target,
-- how many are ahead of and behind the time progress (时间进度), which is the same for all of them;
-- met and ahead are judged on the exact amounts (the mart's target_met, ahead_of_time), not on rounded points.
-- Parameters: year, period.
SELECT count(*) AS cluster_count,
       count(*) FILTER (WHERE target_met) AS met_count,
       count(*) FILTER (WHERE ahead_of_time) AS ahead_count,
       count(*) FILTER (WHERE NOT ahead_of_time) AS behind_count,
       any_value(time_progress_pct) AS time_progress_pct
FROM mart_cluster_progress
WHERE year = ? AND period = ?;
