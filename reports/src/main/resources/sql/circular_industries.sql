-- 三、分行业: the city's watched industries (divisions), on gross output: growth, share, pull.
-- Parameters: year, period.
SELECT industry_code, industry_name, output_yi, growth_pct, share_pct, pull_pts
FROM mart_industry
WHERE year = ? AND period = ? AND level = 2 AND is_watched
ORDER BY industry_code;
