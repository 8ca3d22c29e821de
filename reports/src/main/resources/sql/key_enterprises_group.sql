-- 百户重点企业: the opening sentence, one row per list the city sets targets for (fact_target,
-- subject key_group): the group's output, growth, share, pull and contribution, each against its target
-- to date (first-half thresholds up to 1-6月, as mart_key_group gives them), and how many are met.
-- Lists without targets (e.g. the 双百 lists) are not this report's subject.
-- Parameters: year, period.
SELECT list_code, list_name, enterprise_count, output_yi, growth_pct, share_pct, pull_pts, contribution_pct,
       target_growth_pct, target_share_pct, target_pull_pts, growth_met, share_met, pull_met,
       (target_growth_pct IS NOT NULL)::INTEGER + (target_share_pct IS NOT NULL)::INTEGER
           + (target_pull_pts IS NOT NULL)::INTEGER AS target_count,
       coalesce(growth_met, false)::INTEGER + coalesce(share_met, false)::INTEGER
           + coalesce(pull_met, false)::INTEGER AS met_count
FROM mart_key_group
WHERE year = ? AND period = ?
  AND list_code IN (SELECT subject_code FROM fact_target WHERE subject_type = 'key_group')
ORDER BY list_code;
