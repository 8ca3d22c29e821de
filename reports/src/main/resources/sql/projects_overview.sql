-- 重点项目 opening sentence: all key projects of the period together — how many, the annual plan and
-- the investment so far (亿元), completion and 超欠进度 against the time progress, how many are at each
-- status, behind schedule, changed status, went into production, and the new output of those in
-- production. Every figure from mart_project_progress, summed exactly in 万元 before rounding.
-- Parameters: year, period.
SELECT count(*) AS project_count,
       wan_to_yi(sum(annual_plan)) AS annual_plan_yi,
       wan_to_yi(sum(invested_ytd)) AS invested_yi,
       ratio_pct(sum(invested_ytd), sum(annual_plan)) AS completion_pct,
       any_value(time_progress_pct) AS time_progress_pct,
       ratio_pct(12 * sum(invested_ytd) - any_value(period) * sum(annual_plan), 12 * sum(annual_plan)) AS ahead_pts,
       count(*) FILTER (WHERE status = '签约') AS signed_count,
       count(*) FILTER (WHERE status = '开工') AS started_count,
       count(*) FILTER (WHERE status = '投产') AS producing_count,
       count(*) FILTER (WHERE status = '达产') AS at_capacity_count,
       count(*) FILTER (WHERE behind_schedule) AS behind_count,
       count(*) FILTER (WHERE status_changed) AS changed_count,
       count(*) FILTER (WHERE went_into_production) AS into_production_count,
       count(*) FILTER (WHERE status IN ('投产', '达产')) AS in_production_count,
       wan_to_yi(sum(new_output_ytd) FILTER (WHERE status IN ('投产', '达产'))) AS new_output_yi
FROM mart_project_progress
WHERE year = ? AND period = ?;
