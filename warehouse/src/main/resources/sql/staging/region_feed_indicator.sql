-- The region-level feeds in the same long form as enterprise_indicator: electricity and VAT with
-- their year-to-date and last-year figures as the departments report them, and value-added growth
-- as the statistics bureau publishes it (no levels: it is never derived), to one decimal as every
-- growth rate in the marts (a figure sent with more decimals is rounded half away from zero). Regions are mapped to
-- today's codes; the city's own row (e.g. 411000) is left out, since it is not a region.
CREATE VIEW region_feed_indicator AS
WITH located AS (
    SELECT f.*, r.current_code
    FROM fact_region_period AS f
    JOIN dim_region AS r ON r.region_code = f.region_code
)
SELECT year, period, current_code AS region_code, 'electricity' AS indicator,
       electricity_ytd AS value_ytd, electricity_ly AS value_ly, CAST(NULL AS DECIMAL(18, 1)) AS published_growth_pct
FROM located WHERE electricity_ytd IS NOT NULL
UNION ALL
SELECT year, period, current_code, 'vat', vat_ytd, vat_ly, NULL FROM located WHERE vat_ytd IS NOT NULL
UNION ALL
SELECT year, period, current_code, 'value_added', NULL, NULL, CAST(va_growth_pct AS DECIMAL(18, 1))
FROM located WHERE va_growth_pct IS NOT NULL;
