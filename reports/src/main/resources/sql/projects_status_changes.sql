-- 重点项目 whose status changed since the period before (签约 → 开工 → 投产 → 达产; for 1-2月 against
-- last year's 1-12月), the furthest along first, with the new output of those now in production.
-- Parameters: year, period.
SELECT project_id, project_name, region_name, previous_status, status, went_into_production,
       CASE WHEN status IN ('投产', '达产') THEN new_output_yi END AS new_output_yi
FROM mart_project_progress
WHERE year = ? AND period = ? AND status_changed
ORDER BY CASE status WHEN '达产' THEN 1 WHEN '投产' THEN 2 WHEN '开工' THEN 3 ELSE 4 END, project_id;
