-- 全市主要指标: the city as a whole, one row per period × indicator, on the same bases as
-- mart_region_indicator: enterprise indicators against this year's enterprises' own 上年同期;
-- electricity, VAT and value-added growth from the departments' city rows (the city's own code).
CREATE VIEW mart_city_indicator AS
WITH enterprise_totals AS (
    SELECT year, period, indicator,
           count(DISTINCT credit_code) AS enterprise_count,
           sum(value_ytd) AS value_ytd,
           sum(value_ly) AS value_ly
    FROM enterprise_indicator
    GROUP BY ALL
),
city_rows AS (
    SELECT f.* FROM fact_region_period AS f
    WHERE NOT EXISTS (SELECT 1 FROM dim_region AS r WHERE r.region_code = f.region_code)
),
all_totals AS (
    SELECT year, period, indicator, enterprise_count, value_ytd, value_ly, growth_pct(value_ytd, value_ly) AS growth_pct
    FROM enterprise_totals
    UNION ALL
    SELECT t.year, t.period, 'enterprises', t.enterprise_count, CAST(t.enterprise_count AS DECIMAL(18, 4)),
           CAST(ly.enterprise_count AS DECIMAL(18, 4)),
           growth_pct(CAST(t.enterprise_count AS DECIMAL(18, 4)), CAST(ly.enterprise_count AS DECIMAL(18, 4)))
    FROM enterprise_totals AS t
    LEFT JOIN enterprise_totals AS ly ON ly.year = t.year - 1 AND ly.period = t.period AND ly.indicator = 'revenue'
    WHERE t.indicator = 'revenue'
    UNION ALL
    SELECT year, period, 'electricity', NULL, electricity_ytd, electricity_ly, growth_pct(electricity_ytd, electricity_ly)
    FROM city_rows WHERE electricity_ytd IS NOT NULL
    UNION ALL
    SELECT year, period, 'vat', NULL, vat_ytd, vat_ly, growth_pct(vat_ytd, vat_ly) FROM city_rows WHERE vat_ytd IS NOT NULL
    UNION ALL
    SELECT year, period, 'value_added', NULL, NULL, NULL, CAST(va_growth_pct AS DECIMAL(18, 1))
    FROM city_rows WHERE va_growth_pct IS NOT NULL
)
SELECT t.year, t.period, period_label(t.year, t.period) AS period_label,
       t.indicator, i.indicator_name, i.unit, t.enterprise_count,
       t.value_ytd, CASE WHEN i.unit = '万元' THEN wan_to_yi(t.value_ytd) END AS value_yi, t.value_ly,
       t.growth_pct
FROM all_totals AS t
JOIN dim_indicator AS i ON i.indicator = t.indicator;
