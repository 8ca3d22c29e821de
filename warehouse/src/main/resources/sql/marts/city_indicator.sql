-- 全市主要指标: the city as a whole, one row per period × indicator, on the same comparable basis
-- as mart_region_indicator (growth against this year's enterprises' own 上年同期 figures).
CREATE VIEW mart_city_indicator AS
SELECT e.year, e.period, period_label(e.year, e.period) AS period_label,
       e.indicator, i.indicator_name,
       count(DISTINCT e.credit_code) AS enterprise_count,
       sum(e.value_ytd) AS value_ytd,
       wan_to_yi(sum(e.value_ytd)) AS value_yi,
       sum(e.value_ly) AS value_ly,
       growth_pct(sum(e.value_ytd), sum(e.value_ly)) AS growth_pct
FROM enterprise_indicator AS e
JOIN dim_indicator AS i ON i.indicator = e.indicator
GROUP BY e.year, e.period, e.indicator, i.indicator_name;
