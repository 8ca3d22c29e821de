-- One row per enterprise × period × indicator, with the enterprise's region mapped to the code it
-- is reported under today (许昌县 411023 → 建安区 411003), so that series stay continuous.
CREATE VIEW enterprise_indicator AS
WITH located AS (
    SELECT f.*, r.current_code AS current_region_code
    FROM fact_enterprise_period AS f
    JOIN dim_region AS r ON r.region_code = f.region_code
)
SELECT year, period, current_region_code AS region_code, credit_code,
       'revenue' AS indicator, revenue_ytd AS value_ytd, revenue_ly AS value_ly
FROM located
UNION ALL
SELECT year, period, current_region_code, credit_code, 'output', output_ytd, output_ly
FROM located
UNION ALL
SELECT year, period, current_region_code, credit_code, 'profit', profit_ytd, profit_ly
FROM located;
