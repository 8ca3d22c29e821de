-- 一、总体运行's sentence on 单位工业增加值能耗 (mart_energy_intensity): the city first, then the regions by
-- their change, the largest fall first. No rows when the period has no 综合能源消费量 release.
-- Parameters: year, period.
SELECT region_name, is_city, year, energy_growth_pct, intensity_change_pct, base_year, change_since_base_pct,
       rank_by_intensity_change
FROM mart_energy_intensity
WHERE year = ? AND period = ?
ORDER BY is_city DESC, rank_by_intensity_change, sort_order;
