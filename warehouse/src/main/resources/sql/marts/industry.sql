-- 分行业: each GB/T 4754 division (大类, level 2) and section (门类, level 1) × period, on gross
-- output, with revenue beside it. The city's watched industries come first (display_order).
--
-- growth_pct        comparable-basis growth of the industry's output.
-- share_pct         industry output / all above-scale output × 100.
-- pull_pts          拉动 = (industry output − its last year) / all last year × 100; the pulls of the
--                   divisions add up to the city's growth.
-- contribution_pct  贡献率 = industry increase / city increase × 100.
CREATE VIEW mart_industry AS
WITH by_division AS (
    SELECT f.year, f.period, substr(f.industry_code, 1, 2) AS industry_code, 2 AS level,
           count(*) AS enterprise_count,
           sum(f.output_ytd) AS output_ytd, sum(f.output_ly) AS output_ly,
           sum(f.revenue_ytd) AS revenue_ytd, sum(f.revenue_ly) AS revenue_ly
    FROM fact_enterprise_period AS f
    GROUP BY ALL
),
by_section AS (
    SELECT d.year, d.period, i.section AS industry_code, 1 AS level,
           sum(d.enterprise_count) AS enterprise_count,
           sum(d.output_ytd) AS output_ytd, sum(d.output_ly) AS output_ly,
           sum(d.revenue_ytd) AS revenue_ytd, sum(d.revenue_ly) AS revenue_ly
    FROM by_division AS d
    JOIN dim_industry AS i ON i.industry_code = d.industry_code
    GROUP BY ALL
),
city AS (
    SELECT year, period, sum(output_ytd) AS output_ytd, sum(output_ly) AS output_ly
    FROM fact_enterprise_period
    GROUP BY ALL
),
industries AS (
    SELECT * FROM by_division
    UNION ALL
    SELECT * FROM by_section
)
SELECT n.year, n.period, period_label(n.year, n.period) AS period_label,
       n.level, n.industry_code, i.industry_name, i.section, coalesce(i.is_watched, false) AS is_watched,
       CASE WHEN i.is_watched THEN 0 ELSE 1 END AS display_order,
       n.enterprise_count,
       n.output_ytd, wan_to_yi(n.output_ytd) AS output_yi, n.output_ly,
       growth_pct(n.output_ytd, n.output_ly) AS growth_pct,
       ratio_pct(n.output_ytd, c.output_ytd) AS share_pct,
       ratio_pct(n.output_ytd - n.output_ly, c.output_ly) AS pull_pts,
       ratio_pct(n.output_ytd - n.output_ly, c.output_ytd - c.output_ly) AS contribution_pct,
       n.revenue_ytd, wan_to_yi(n.revenue_ytd) AS revenue_yi,
       growth_pct(n.revenue_ytd, n.revenue_ly) AS revenue_growth_pct
FROM industries AS n
JOIN city AS c ON c.year = n.year AND c.period = n.period
LEFT JOIN dim_industry AS i ON i.industry_code = n.industry_code;

-- 增长面: the share of divisions (大类) whose output grew, among those with a last-year figure.
CREATE VIEW mart_industry_breadth AS
SELECT year, period, period_label(year, period) AS period_label,
       count(*) AS divisions,
       count(*) FILTER (WHERE output_ytd > output_ly) AS growing_divisions,
       ratio_pct(CAST(count(*) FILTER (WHERE output_ytd > output_ly) AS DECIMAL(18, 0)),
                 CAST(count(*) AS DECIMAL(18, 0))) AS growing_share_pct
FROM mart_industry
WHERE level = 2 AND output_ly > 0
GROUP BY year, period;
