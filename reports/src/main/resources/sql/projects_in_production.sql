-- 重点项目 in production (投产 or 达产): the new output each brings this year, largest first.
-- Parameters: year, period.
SELECT project_id, project_name, region_name, cluster_name, status, new_output_yi
FROM mart_project_progress
WHERE year = ? AND period = ? AND status IN ('投产', '达产')
ORDER BY new_output_ytd DESC NULLS LAST, project_id;
