-- 区县（管理区）主要指标: one row per region × period × indicator.
--
-- value_ytd    Σ this year's enterprises' year-to-date figures (万元); value_yi the same in 亿元.
-- value_ly     Σ the same enterprises' 上年同期 figures, as they report them this year.
-- growth_pct   comparable-basis growth (可比口径) = (value_ytd − value_ly) / value_ly × 100.
--              It never uses last year's published total: the set of enterprises changed since.
-- share_pct    value_ytd / the city's value_ytd × 100.
-- rank_*       RANK() among all regions, management zones included; equal figures share a rank.
--              Growth is ranked on the published one-decimal figure, so a circular never shows
--              two equal growth rates with different ranks.
-- *_rank_change  last period's rank − this period's rank (positive: moved up). Empty for 1-2月,
--              the first period of a year.
CREATE VIEW mart_region_indicator AS
WITH region_totals AS (
    SELECT year, period, region_code, indicator,
           count(DISTINCT credit_code) AS enterprise_count,
           sum(value_ytd) AS value_ytd,
           sum(value_ly) AS value_ly
    FROM enterprise_indicator
    GROUP BY ALL
),
measured AS (
    SELECT t.*,
           growth_pct(t.value_ytd, t.value_ly) AS growth_pct,
           ratio_pct(t.value_ytd, sum(t.value_ytd) OVER (PARTITION BY t.year, t.period, t.indicator)) AS share_pct
    FROM region_totals AS t
),
ranked AS (
    SELECT m.*,
           rank() OVER (PARTITION BY year, period, indicator ORDER BY value_ytd DESC) AS rank_by_value,
           rank() OVER (PARTITION BY year, period, indicator ORDER BY growth_pct DESC NULLS LAST) AS rank_by_growth
    FROM measured AS m
)
SELECT r.year, r.period, period_label(r.year, r.period) AS period_label,
       r.region_code, d.short_name AS region_name, d.region_kind, d.sort_order,
       r.indicator, i.indicator_name,
       r.enterprise_count,
       r.value_ytd, wan_to_yi(r.value_ytd) AS value_yi, r.value_ly,
       r.growth_pct, r.share_pct,
       r.rank_by_value, r.rank_by_growth,
       prev.rank_by_value - r.rank_by_value AS value_rank_change,
       prev.rank_by_growth - r.rank_by_growth AS growth_rank_change
FROM ranked AS r
JOIN dim_region AS d ON d.region_code = r.region_code
JOIN dim_indicator AS i ON i.indicator = r.indicator
LEFT JOIN ranked AS prev
       ON prev.year = r.year AND prev.period = r.period - 1
      AND prev.region_code = r.region_code AND prev.indicator = r.indicator;
