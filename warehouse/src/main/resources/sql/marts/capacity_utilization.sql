-- 工业产能利用率, by quarter: one row per area (the city, and any region the bureau publishes) × industry
-- (industry as a whole, a section B/C/D or a division) × quarter, from the statistics bureau's quarterly
-- 产能利用率 survey.
--
-- period, quarter     the quarter's last month (3, 6, 9, 12) and the quarter (1–4). A quarter's own rate,
--                     never a year to date: period 6 is 二季度, not 1-6月.
-- utilization_pct     as published, one decimal (the bureau publishes one). The city's rate is the
--                     bureau's own figure, its row with a blank 行业代码: the bureau weights by capacity,
--                     which it does not publish, so nothing here averages industries' rates; a quarter
--                     without that row has no city rate.
-- ly_pct              the same quarter last year: as published beside the rate (ly_published), else the
--                     rate loaded for that quarter last year.
-- change_pts          utilization_pct − ly_pct, points, from the one-decimal figures the circular prints.
-- band_low_pct,       the year's band target of the city (fact_target: indicator capacity_utilization,
-- band_high_pct       measure band_pct), annual_value ∓ tolerance_value, applied to every industry too
--                     (seed 002: 保持主要行业产能利用率在合理区间); NULL where the city sets none.
-- within_band         band_low_pct ≤ utilization_pct ≤ band_high_pct, bounds included.
CREATE VIEW mart_capacity_utilization AS
WITH figures AS (
    SELECT f.year, f.period, coalesce(r.current_code, f.region_code) AS region_code, r.region_code IS NULL AS is_city,
           f.industry_code,
           CAST(f.utilization_pct AS DECIMAL(18, 1)) AS utilization_pct,
           CAST(f.utilization_ly_pct AS DECIMAL(18, 1)) AS published_ly_pct
    FROM fact_capacity_utilization AS f
    LEFT JOIN dim_region AS r ON r.region_code = f.region_code
),
bands AS (
    SELECT year, annual_value - tolerance_value AS band_low_pct, annual_value + tolerance_value AS band_high_pct
    FROM fact_target
    WHERE subject_type = 'city' AND indicator = 'capacity_utilization' AND measure = 'band_pct'
),
compared AS (
    SELECT f.*, coalesce(f.published_ly_pct, prev.utilization_pct) AS ly_pct, f.published_ly_pct IS NOT NULL AS ly_published
    FROM figures AS f
    LEFT JOIN figures AS prev
           ON prev.year = f.year - 1 AND prev.period = f.period AND prev.region_code = f.region_code
          AND prev.industry_code IS NOT DISTINCT FROM f.industry_code
)
SELECT c.year, c.period, c.period // 3 AS quarter,
       CAST(c.year AS VARCHAR) || '年' || ['一', '二', '三', '四'][c.period // 3] || '季度' AS quarter_label,
       c.region_code, CASE WHEN c.is_city THEN '全市' ELSE d.short_name END AS region_name, c.is_city, d.sort_order,
       c.industry_code, CASE WHEN c.industry_code IS NULL THEN '全部工业' ELSE i.industry_name END AS industry_name,
       CASE WHEN c.industry_code IS NULL THEN 'industry' WHEN i.level = 1 THEN 'section' ELSE 'division' END
           AS industry_level,
       c.utilization_pct, c.ly_pct, c.ly_published, c.utilization_pct - c.ly_pct AS change_pts,
       b.band_low_pct, b.band_high_pct,
       c.utilization_pct BETWEEN b.band_low_pct AND b.band_high_pct AS within_band
FROM compared AS c
LEFT JOIN dim_region AS d ON d.region_code = c.region_code
LEFT JOIN dim_industry AS i ON i.industry_code = c.industry_code
LEFT JOIN bands AS b ON b.year = c.year;
