-- 产业集群营收目标进度: each cluster × period. Members are the year's bridge_enterprise_cluster
-- (industry rules plus the city's lists). Clusters overlap, so these totals are never added up.
--
-- target_yi          the year's target (fact_target), else the profile's tier, 亿元.
-- completion_pct     完成率 = revenue_ytd / target × 100.
-- time_progress_pct  时间进度 = months elapsed / 12 × 100.
-- ahead_pts          超(+)/欠(−)进度 = completion − time progress, in points (computed exactly, then rounded).
-- growth_pct         comparable-basis growth of the members' revenue.
-- ahead_of_time      completion ≥ time progress, on the exact amounts (ahead −0.04 is shown 0.0 but behind).
-- target_met         the annual target reached: revenue_ytd ≥ target, on the exact amounts (99.96% is not met).
-- monthly_needed_yi  月均需完成: 亿元 a month still needed in the rest of the year to meet the target;
--                    0.00 once the target is met (the report then says 已完成), never negative.
CREATE VIEW mart_cluster_progress AS
WITH totals AS (
    SELECT f.year, f.period, b.cluster_code,
           count(*) AS enterprise_count,
           sum(f.revenue_ytd) AS revenue_ytd,
           sum(f.revenue_ly) AS revenue_ly
    FROM fact_enterprise_period AS f
    JOIN bridge_enterprise_cluster AS b ON b.year = f.year AND b.credit_code = f.credit_code
    GROUP BY ALL
),
targets AS (
    SELECT year, subject_code AS cluster_code, annual_value AS target_yi
    FROM fact_target
    WHERE subject_type = 'cluster' AND indicator = 'revenue' AND measure = 'level'
)
SELECT t.year, t.period, period_label(t.year, t.period) AS period_label,
       c.cluster_code, c.cluster_name, c.target_tier_yi,
       coalesce(g.target_yi, c.target_tier_yi) AS target_yi,
       t.enterprise_count,
       t.revenue_ytd, wan_to_yi(t.revenue_ytd) AS revenue_yi, t.revenue_ly,
       growth_pct(t.revenue_ytd, t.revenue_ly) AS growth_pct,
       ratio_pct(t.revenue_ytd, coalesce(g.target_yi, c.target_tier_yi) * 10000) AS completion_pct,
       time_progress_pct(t.period) AS time_progress_pct,
       ratio_pct(12 * t.revenue_ytd - t.period * coalesce(g.target_yi, c.target_tier_yi) * 10000,
                 12 * coalesce(g.target_yi, c.target_tier_yi) * 10000) AS ahead_pts,
       12 * t.revenue_ytd >= t.period * coalesce(g.target_yi, c.target_tier_yi) * 10000 AS ahead_of_time,
       t.revenue_ytd >= coalesce(g.target_yi, c.target_tier_yi) * 10000 AS target_met,
       CASE WHEN t.period < 12
            THEN div_round2(greatest(coalesce(g.target_yi, c.target_tier_yi) * 10000 - t.revenue_ytd, 0),
                            (12 - t.period) * 10000)
       END AS monthly_needed_yi
FROM totals AS t
JOIN dim_cluster AS c ON c.cluster_code = t.cluster_code
LEFT JOIN targets AS g ON g.year = t.year AND g.cluster_code = t.cluster_code;
