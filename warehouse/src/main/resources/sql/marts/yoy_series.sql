-- 同比系列: the same period across all years, for the city, each region (as coded today, so
-- 许昌县 before 2017 continues as 建安区) and each cluster: revenue, its level and growth.
CREATE VIEW mart_yoy_series AS
SELECT 'city' AS subject_type, '' AS subject_code, '全市' AS subject_name, year, period, period_label,
       value_ytd, value_yi, growth_pct
FROM mart_city_indicator WHERE indicator = 'revenue'
UNION ALL
SELECT 'region', region_code, region_name, year, period, period_label, value_ytd, value_yi, growth_pct
FROM mart_region_indicator WHERE indicator = 'revenue'
UNION ALL
SELECT 'cluster', cluster_code, cluster_name, year, period, period_label, revenue_ytd, revenue_yi, growth_pct
FROM mart_cluster_progress;
