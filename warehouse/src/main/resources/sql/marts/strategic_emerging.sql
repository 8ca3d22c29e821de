-- 战略性新兴产业: the strategic emerging industries' part of above-scale industry, per period, for the
-- city (breakdown city), each region (region) and each of the nine categories (category, city-wide).
--
-- membership        an above-scale enterprise counts in the year when the city's register
--                   (fact_sei_register, 战略性新兴产业企业库) lists it, in the register's category; else
--                   when its industry class is mapped whole in dim_sei_class, in the class's category. A
--                   class mapped partial (部分) counts only its enterprises on the register.
--                   registered_count and class_count say how many counted by each way.
-- *_growth_pct      the group's comparable-basis growth: Σ members' current against their own 上年同期.
-- *_share_pct       比重 = Σ group / Σ all above-scale of the scope (the region for a region row, else
--                   the city) × 100.
-- *_pull_pts        拉动 = (Σ group − Σ group last year) / Σ scope last year × 100, points. The
--                   categories are disjoint, so their pulls add up to the city row's pull.
-- total_*           all above-scale enterprises of the scope: the denominators, for judging a target
--                   on the unrounded share (pct_reaches).
CREATE VIEW mart_strategic_emerging AS
WITH located AS (
    SELECT f.year, f.period, f.credit_code, f.industry_code, r.current_code AS region_code,
           f.revenue_ytd, f.revenue_ly, f.output_ytd, f.output_ly
    FROM fact_enterprise_period AS f
    JOIN dim_region AS r ON r.region_code = f.region_code
),
members AS (
    SELECT l.*,
           coalesce(g.category_code, CASE WHEN c.coverage = 'whole' THEN c.category_code END) AS category_code,
           g.category_code IS NOT NULL AS registered
    FROM located AS l
    LEFT JOIN fact_sei_register AS g ON g.year = l.year AND g.credit_code = l.credit_code
    LEFT JOIN dim_sei_class AS c ON c.industry_code = l.industry_code
),
totals AS (
    SELECT year, period, region_code,
           sum(revenue_ytd) AS total_revenue_ytd, sum(revenue_ly) AS total_revenue_ly,
           sum(output_ytd) AS total_output_ytd, sum(output_ly) AS total_output_ly
    FROM members
    GROUP BY GROUPING SETS ((year, period), (year, period, region_code))
),
scopes AS (
    SELECT t.*, CASE WHEN t.region_code IS NULL THEN 'city' ELSE 'region' END AS breakdown,
           CAST(NULL AS INTEGER) AS category_code
    FROM totals AS t
    UNION ALL BY NAME
    SELECT t.*, 'category' AS breakdown, k.category_code
    FROM totals AS t
    CROSS JOIN dim_sei_category AS k
    WHERE t.region_code IS NULL
),
emerging AS (
    SELECT year, period, region_code, category_code,
           count(*) AS enterprise_count,
           count(*) FILTER (WHERE registered) AS registered_count,
           count(*) FILTER (WHERE NOT registered) AS class_count,
           sum(revenue_ytd) AS revenue_ytd, sum(revenue_ly) AS revenue_ly,
           sum(output_ytd) AS output_ytd, sum(output_ly) AS output_ly
    FROM members
    WHERE category_code IS NOT NULL
    GROUP BY GROUPING SETS ((year, period), (year, period, region_code), (year, period, category_code))
),
measured AS (
    SELECT s.year, s.period, s.breakdown, s.region_code, s.category_code,
           coalesce(e.enterprise_count, 0) AS enterprise_count,
           coalesce(e.registered_count, 0) AS registered_count,
           coalesce(e.class_count, 0) AS class_count,
           coalesce(e.revenue_ytd, 0) AS revenue_ytd, coalesce(e.revenue_ly, 0) AS revenue_ly,
           coalesce(e.output_ytd, 0) AS output_ytd, coalesce(e.output_ly, 0) AS output_ly,
           s.total_revenue_ytd, s.total_revenue_ly, s.total_output_ytd, s.total_output_ly
    FROM scopes AS s
    LEFT JOIN emerging AS e
           ON e.year = s.year AND e.period = s.period
          AND e.region_code IS NOT DISTINCT FROM s.region_code
          AND e.category_code IS NOT DISTINCT FROM s.category_code
)
SELECT m.year, m.period, period_label(m.year, m.period) AS period_label, m.breakdown,
       m.region_code, d.short_name AS region_name, d.sort_order,
       m.category_code, k.category_name,
       m.enterprise_count, m.registered_count, m.class_count,
       m.revenue_ytd, wan_to_yi(m.revenue_ytd) AS revenue_yi, m.revenue_ly,
       growth_pct(m.revenue_ytd, m.revenue_ly) AS revenue_growth_pct,
       ratio_pct(m.revenue_ytd, m.total_revenue_ytd) AS revenue_share_pct,
       ratio_pct(m.revenue_ytd - m.revenue_ly, m.total_revenue_ly) AS revenue_pull_pts,
       m.output_ytd, wan_to_yi(m.output_ytd) AS output_yi, m.output_ly,
       growth_pct(m.output_ytd, m.output_ly) AS output_growth_pct,
       ratio_pct(m.output_ytd, m.total_output_ytd) AS output_share_pct,
       ratio_pct(m.output_ytd - m.output_ly, m.total_output_ly) AS output_pull_pts,
       m.total_revenue_ytd, m.total_revenue_ly, m.total_output_ytd, m.total_output_ly
FROM measured AS m
LEFT JOIN dim_region AS d ON d.region_code = m.region_code
LEFT JOIN dim_sei_category AS k ON k.category_code = m.category_code;

-- The register's entries that no above-scale enterprise's report of the year carries: listed by the
-- register, not counted in mart_strategic_emerging. A register is drawn up before the year's reports
-- arrive, so an entry is not rejected at load; an analyst checks these with the commission (a wrong
-- credit code, an enterprise below scale this year, or one whose reports have not come yet).
CREATE VIEW mart_sei_register_unmatched AS
SELECT g.year, g.credit_code, g.enterprise_name, g.category_code, k.category_name, g.source_file, g.source_row
FROM fact_sei_register AS g
JOIN dim_sei_category AS k ON k.category_code = g.category_code
WHERE NOT EXISTS (SELECT 1 FROM fact_enterprise_period AS f WHERE f.year = g.year AND f.credit_code = g.credit_code);
