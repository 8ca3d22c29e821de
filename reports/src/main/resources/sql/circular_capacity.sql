-- 三、分行业's sentence on capacity use (mart_capacity_utilization): the bureau's city rate for industry as a
-- whole in the latest quarter of the year ended by the period (1-3月 to 1-5月: 一季度), and its change on
-- the same quarter last year. No row before the year's first quarter has ended, or without the city figure.
-- Parameters: year, period.
SELECT quarter_label, utilization_pct, change_pts
FROM mart_capacity_utilization
WHERE year = ? AND period <= ? AND is_city AND industry_code IS NULL
ORDER BY period DESC
LIMIT 1;
