-- 六、重点项目: all key projects together: how many, invested this year against the annual plan
-- (completion = Σ invested / Σ plan × 100), how many are behind the time progress, how many went
-- into production this period. NULL project count when the period has no project rows.
-- Parameters: year, period.
SELECT CAST(sum(projects) AS BIGINT) AS projects,
       CAST(round(sum(invested_ytd) / 10000, 2) AS DECIMAL(18, 2)) AS invested_yi,
       CAST(round(sum(annual_plan) / 10000, 2) AS DECIMAL(18, 2)) AS annual_plan_yi,
       CAST(round(sum(invested_ytd) * 100 / nullif(sum(annual_plan), 0), 1) AS DECIMAL(18, 1)) AS completion_pct,
       CAST(sum(behind_schedule) AS BIGINT) AS behind_schedule,
       CAST(sum(went_into_production) AS BIGINT) AS went_into_production
FROM mart_project_summary
WHERE year = ? AND period = ?
HAVING count(*) > 0;
