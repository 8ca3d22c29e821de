-- 区县（管理区）主要指标: one row per region × period × indicator. Management zones are ranked
-- beside the counties and districts.
--
-- value_ytd    year-to-date total (万元, 万千瓦时, or enterprises); value_yi the same in 亿元 for amounts.
-- value_ly     the same period last year: for enterprise indicators, Σ this year's enterprises'
--              own 上年同期 figures; for electricity and VAT, what the department reported a year
--              ago; for the enterprise count, last year's count in the same period.
-- growth_pct   comparable-basis growth (可比口径) = (value_ytd − value_ly) / value_ly × 100, never
--              against last year's published total. value_added: the bureau's published growth.
-- share_pct    value_ytd / Σ all regions' value_ytd × 100.
-- rank_*       RANK() among all regions; equal figures share a rank. Growth is ranked on the
--              published figure (one decimal), so equal printed growth shares a rank.
-- *_rank_change  last period's rank − this period's rank (positive: moved up). Empty for the first
--              period of a year (1-2月, or 1月 for the monthly feeds).
CREATE VIEW mart_region_indicator AS
WITH enterprise_totals AS (
    SELECT year, period, region_code, indicator,
           count(DISTINCT credit_code) AS enterprise_count,
           sum(value_ytd) AS value_ytd,
           sum(value_ly) AS value_ly
    FROM enterprise_indicator
    GROUP BY ALL
),
enterprise_counts AS (
    SELECT t.year, t.period, t.region_code, 'enterprises' AS indicator, t.enterprise_count,
           CAST(t.enterprise_count AS DECIMAL(18, 4)) AS value_ytd,
           CAST(ly.enterprise_count AS DECIMAL(18, 4)) AS value_ly
    FROM enterprise_totals AS t
    LEFT JOIN enterprise_totals AS ly
           ON ly.year = t.year - 1 AND ly.period = t.period AND ly.region_code = t.region_code
          AND ly.indicator = 'revenue'
    WHERE t.indicator = 'revenue'
),
all_totals AS (
    SELECT *, growth_pct(value_ytd, value_ly) AS growth_pct FROM enterprise_totals
    UNION ALL
    SELECT *, growth_pct(value_ytd, value_ly) FROM enterprise_counts
    UNION ALL
    SELECT year, period, region_code, indicator, NULL, value_ytd, value_ly,
           coalesce(published_growth_pct, growth_pct(value_ytd, value_ly))
    FROM region_feed_indicator
),
ranked AS (
    SELECT t.*,
           ratio_pct(t.value_ytd, sum(t.value_ytd) OVER (PARTITION BY t.year, t.period, t.indicator)) AS share_pct,
           CASE WHEN t.value_ytd IS NOT NULL
                THEN rank() OVER (PARTITION BY t.year, t.period, t.indicator ORDER BY t.value_ytd DESC NULLS LAST)
           END AS rank_by_value,
           CASE WHEN t.growth_pct IS NOT NULL
                THEN rank() OVER (PARTITION BY t.year, t.period, t.indicator ORDER BY t.growth_pct DESC NULLS LAST)
           END AS rank_by_growth
    FROM all_totals AS t
)
SELECT r.year, r.period, period_label(r.year, r.period) AS period_label,
       r.region_code, d.short_name AS region_name, d.region_kind, d.sort_order,
       r.indicator, i.indicator_name, i.unit,
       r.enterprise_count,
       r.value_ytd, CASE WHEN i.unit = '万元' THEN wan_to_yi(r.value_ytd) END AS value_yi, r.value_ly,
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
