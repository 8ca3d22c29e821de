-- 企业规模档与增长点: per year × period, each region and the city (is_city; its region_code is NULL), for
-- each band of dim_size_band measured on enterprises, how many above-scale enterprises are over it:
-- the revenue bands (seed 002 二(六): 主营业务收入过100亿元企业1家, 过50亿元2-3家, every county and zone with
-- one over 10亿) and the growth points (seed 002 二(一): 新增产值过亿元的增长点, output − its own 上年同期).
--
-- figure                 an enterprise's revenue_ytd (revenue bands) or output_ytd − output_ly (output_gain).
-- enterprises_over       figure ≥ threshold already: at 1-12月, the year's count.
-- enterprises_on_pace    12 × figure ≥ period × threshold: at the pace of the months elapsed, the
--                        enterprise reaches the band by the year's end (1-6月: half of it done). At
--                        1-12月 equal to enterprises_over. A target on a band (measure count_on_pace)
--                        counts these, so that 双过半 at 1-6月 reads "the number of enterprises the
--                        target asks for have done half of their band".
-- Regions as coded today; the counts are cumulative (over 100亿 is also over 50亿).
CREATE VIEW mart_enterprise_band AS
WITH measured AS (
    SELECT f.year, f.period, r.current_code AS region_code, b.band_code, b.threshold_wan,
           CASE b.measured_on WHEN 'revenue' THEN f.revenue_ytd ELSE f.output_ytd - f.output_ly END AS figure
    FROM fact_enterprise_period AS f
    JOIN dim_region AS r ON r.region_code = f.region_code
    CROSS JOIN dim_size_band AS b
    WHERE b.measured_on IN ('revenue', 'output_gain')
),
counted AS (
    SELECT year, period, region_code, FALSE AS is_city, band_code,
           count(*) AS enterprises,
           count(*) FILTER (WHERE figure >= threshold_wan) AS enterprises_over,
           count(*) FILTER (WHERE 12 * figure >= period * threshold_wan) AS enterprises_on_pace
    FROM measured
    GROUP BY year, period, region_code, band_code
    UNION ALL
    SELECT year, period, NULL, TRUE, band_code,
           count(*),
           count(*) FILTER (WHERE figure >= threshold_wan),
           count(*) FILTER (WHERE 12 * figure >= period * threshold_wan)
    FROM measured
    GROUP BY year, period, band_code
)
SELECT c.year, c.period, period_label(c.year, c.period) AS period_label,
       c.region_code, coalesce(d.short_name, '全市') AS region_name, coalesce(d.sort_order, 0) AS sort_order, c.is_city,
       c.band_code, b.band_name, b.measured_on, b.threshold_wan, b.sort_order AS band_order,
       c.enterprises, c.enterprises_over, c.enterprises_on_pace
FROM counted AS c
JOIN dim_size_band AS b ON b.band_code = c.band_code
LEFT JOIN dim_region AS d ON d.region_code = c.region_code;
