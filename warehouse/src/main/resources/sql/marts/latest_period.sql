-- 最新一期: the latest year-to-date period of the enterprise report, for queries that always want
-- "this month's" figures.
CREATE VIEW latest_period AS
SELECT year, period
FROM fact_enterprise_period
ORDER BY year DESC, period DESC
LIMIT 1;
