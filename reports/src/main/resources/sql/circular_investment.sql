-- 六、重点项目's paragraph on 固定资产投资 and 工业投资 (mart_fixed_asset_investment): the city first, then
-- the regions by industrial investment growth, fastest first. No rows when the period has no release.
-- Parameters: year, period.
SELECT region_name, is_city, fai_growth_pct, industrial_growth_pct, industrial_share_pct, industrial_investment_yi,
       manufacturing_growth_pct, tech_reform_growth_pct, rank_by_industrial_growth
FROM mart_fixed_asset_investment
WHERE year = ? AND period = ?
ORDER BY is_city DESC, rank_by_industrial_growth, sort_order;
