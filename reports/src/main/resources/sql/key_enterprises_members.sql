-- 百户重点企业, table 2: the members ranked by their pull on the city's output growth, as printed
-- (one decimal), so that members with the same printed pull share a rank (并列). A member drags
-- (拖累) when its output fell: its growth and its pull both take the sign of its change.
-- The three that drag most (mart drag_rank: the largest fall first) are named in the opening text.
-- Regions as coded today.
-- Parameters: year, period.
SELECT 'members' AS section, m.list_code, m.credit_code, m.enterprise_name, today.short_name AS region_name,
       wan_to_yi(m.output_ytd) AS output_yi, m.growth_pct, m.pull_pts,
       rank() OVER (PARTITION BY m.list_code ORDER BY m.pull_pts DESC) AS pull_rank,
       count(*) OVER (PARTITION BY m.list_code, m.pull_pts) > 1 AS rank_tied,
       coalesce(m.output_change < 0, false) AS dragging,
       m.drag_rank,
       coalesce(m.output_change < 0, false) AND m.drag_rank <= 3 AS named_dragger
FROM mart_key_group_member AS m
LEFT JOIN dim_region AS reported ON reported.region_code = m.region_code
LEFT JOIN dim_region AS today ON today.region_code = reported.current_code
WHERE m.year = ? AND m.period = ?
  AND m.list_code IN (SELECT subject_code FROM fact_target WHERE subject_type = 'key_group')
ORDER BY m.list_code, pull_rank, m.output_change DESC, m.credit_code;
