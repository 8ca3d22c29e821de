-- 规模档: the thresholds the seeds count enterprises and projects over (过X亿元), in 万元, and what each
-- is measured on. A count "过X亿元" takes those at or above the threshold (≥), as 亿元以上 does
-- everywhere in the statistics, and the counts are cumulative: an enterprise over 100亿 is also over 50亿.
--   revenue              an enterprise's 营业收入 (主营业务收入 before 2019), year to date
--   output_gain          an enterprise's 工业总产值 − its own 上年同期, year to date (新增产值的增长点)
--   project_investment   a key project's 总投资 (mart_project_starts counts the projects that started)
-- A target (fact_target) on one of these counts names the band_code as its indicator.
CREATE TABLE dim_size_band AS
SELECT * FROM (VALUES
    ('revenue_over_100yi', 'revenue', 1000000, '主营业务收入过100亿元企业', 1),
    ('revenue_over_50yi', 'revenue', 500000, '主营业务收入过50亿元企业', 2),
    ('revenue_over_10yi', 'revenue', 100000, '主营业务收入过10亿元企业', 3),
    ('revenue_over_5yi', 'revenue', 50000, '主营业务收入5亿元以上企业', 4),
    ('output_gain_over_1yi', 'output_gain', 10000, '新增产值过亿元的增长点', 5),
    ('starts_over_5yi', 'project_investment', 50000, '新开工投资过5亿元工业项目', 6),
    ('starts_over_1yi', 'project_investment', 10000, '新开工投资过亿元工业项目', 7)
) AS t(band_code, measured_on, threshold_wan, band_name, sort_order);
