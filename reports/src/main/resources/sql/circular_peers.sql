-- 与对标城市比较: the city's rank in each peer group (全省, 周边地市, 35个大中城市, …) on each indicator,
-- whole of industry, groups in the profile's order, with its change since last month and its rank in
-- the same period last year. The headline takes the province group's value added.
-- Parameters: year, period.
SELECT group_code, group_name, indicator, indicator_name, growth_pct, growth_rank, rank_tied, ranked_count,
       members, members_not_reported, rank_change, rank_last_year
FROM mart_peer_ranking
WHERE year = ? AND period = ? AND industry_code IS NULL
ORDER BY group_order, indicator_order;
