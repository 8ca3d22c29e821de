-- 增长面: how many of the divisions with a last-year figure grew.
-- Parameters: year, period.
SELECT divisions, growing_divisions, growing_share_pct
FROM mart_industry_breadth
WHERE year = ? AND period = ?;
