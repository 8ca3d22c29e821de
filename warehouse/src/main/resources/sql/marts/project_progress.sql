-- 重点项目进展: each key project × period.
--
-- completion_pct        本年累计完成投资 / 年度计划投资 × 100.
-- ahead_pts             completion − time progress, in points; behind_schedule when below zero.
-- previous_status       the status a period earlier (1-12月 of last year for 1-2月).
-- went_into_production  the project moved from 签约/开工 to 投产/达产 in this period.
CREATE VIEW mart_project_progress AS
SELECT p.year, p.period, period_label(p.year, p.period) AS period_label,
       p.project_id, p.project_name, r.current_code AS region_code, d.short_name AS region_name,
       p.industry_code, p.cluster_name,
       p.status, prev.status AS previous_status,
       prev.status IS NOT NULL AND prev.status <> p.status AS status_changed,
       p.status IN ('投产', '达产') AND prev.status IN ('签约', '开工') AS went_into_production,
       p.total_investment, p.annual_plan, p.invested_ytd, wan_to_yi(p.invested_ytd) AS invested_yi,
       p.invested_since_start,
       ratio_pct(p.invested_ytd, p.annual_plan) AS completion_pct,
       time_progress_pct(p.period) AS time_progress_pct,
       ratio_pct(12 * p.invested_ytd - p.period * p.annual_plan, 12 * p.annual_plan) AS ahead_pts,
       12 * p.invested_ytd < p.period * p.annual_plan AS behind_schedule,
       p.new_output_ytd, wan_to_yi(p.new_output_ytd) AS new_output_yi
FROM fact_project_period AS p
JOIN dim_region AS r ON r.region_code = p.region_code
JOIN dim_region AS d ON d.region_code = r.current_code
LEFT JOIN fact_project_period AS prev
       ON prev.project_id = p.project_id
      AND ((prev.year = p.year AND prev.period = p.period - 1)
           OR (p.period = 2 AND prev.year = p.year - 1 AND prev.period = 12));

-- 重点项目进展（分地区、分状态）: counts and investment of the projects by region and status.
CREATE VIEW mart_project_summary AS
SELECT year, period, period_label, region_code, region_name, status,
       count(*) AS projects,
       sum(annual_plan) AS annual_plan, sum(invested_ytd) AS invested_ytd, wan_to_yi(sum(invested_ytd)) AS invested_yi,
       ratio_pct(sum(invested_ytd), sum(annual_plan)) AS completion_pct,
       count(*) FILTER (WHERE behind_schedule) AS behind_schedule,
       count(*) FILTER (WHERE went_into_production) AS went_into_production,
       sum(new_output_ytd) AS new_output_ytd
FROM mart_project_progress
GROUP BY ALL;
