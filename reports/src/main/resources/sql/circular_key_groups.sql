-- 五、重点企业: each list of key enterprises (百户, 双百) on gross output.
-- Parameters: year, period.
SELECT list_code, list_name, enterprise_count, output_yi, growth_pct, share_pct, pull_pts
FROM mart_key_group
WHERE year = ? AND period = ?
ORDER BY list_code;
