-- 同比对比, tables 2 and 3: each region (as coded today, so 许昌县 before 2017 continues as 建安区) or
-- each cluster at the report's period across the years of yoy_years.sql: revenue in 亿元 and its
-- growth, a pair of columns per year slot (y1 the oldest).
-- Parameters: year, period, subject type ('region' or 'cluster').
WITH params AS (SELECT CAST(? AS INTEGER) AS year, CAST(? AS INTEGER) AS period, CAST(? AS VARCHAR) AS subject_type),
series AS (
    SELECT s.* FROM mart_yoy_series AS s, params AS p
    WHERE s.subject_type = p.subject_type AND s.period = p.period AND s.year BETWEEN p.year - 4 AND p.year
),
slots AS (  -- the same years as yoy_years.sql, so that the region and cluster tables share their columns
    SELECT year, row_number() OVER (ORDER BY year) AS slot
    FROM (SELECT DISTINCT s.year FROM mart_yoy_series AS s, params AS p
          WHERE s.subject_type IN ('region', 'cluster') AND s.period = p.period AND s.year BETWEEN p.year - 4 AND p.year)
)
SELECT s.subject_type AS section, s.subject_code, s.subject_name,
       max(s.value_yi) FILTER (WHERE t.slot = 1) AS y1_value, max(s.growth_pct) FILTER (WHERE t.slot = 1) AS y1_growth,
       max(s.value_yi) FILTER (WHERE t.slot = 2) AS y2_value, max(s.growth_pct) FILTER (WHERE t.slot = 2) AS y2_growth,
       max(s.value_yi) FILTER (WHERE t.slot = 3) AS y3_value, max(s.growth_pct) FILTER (WHERE t.slot = 3) AS y3_growth,
       max(s.value_yi) FILTER (WHERE t.slot = 4) AS y4_value, max(s.growth_pct) FILTER (WHERE t.slot = 4) AS y4_growth,
       max(s.value_yi) FILTER (WHERE t.slot = 5) AS y5_value, max(s.growth_pct) FILTER (WHERE t.slot = 5) AS y5_growth
FROM series AS s
JOIN slots AS t ON t.year = s.year
LEFT JOIN dim_region AS r ON s.subject_type = 'region' AND r.region_code = s.subject_code
LEFT JOIN dim_cluster AS c ON s.subject_type = 'cluster' AND c.cluster_code = s.subject_code
GROUP BY s.subject_type, s.subject_code, s.subject_name
ORDER BY min(r.sort_order), max(c.target_tier_yi) DESC, s.subject_code;
