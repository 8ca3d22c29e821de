-- 三、分行业's sentence on the strategic emerging industries (mart_strategic_emerging): the city row
-- first, then the categories with members, the largest share of revenue first. Parameters: year, period.
SELECT breakdown, category_name, enterprise_count, revenue_yi, revenue_share_pct, revenue_growth_pct,
       revenue_pull_pts, output_growth_pct
FROM mart_strategic_emerging
WHERE year = ? AND period = ? AND (breakdown = 'city' OR (breakdown = 'category' AND enterprise_count > 0))
ORDER BY breakdown = 'city' DESC, revenue_share_pct DESC, category_code;
