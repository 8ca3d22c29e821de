-- 七、企业问题办理情况: the problem ledger at the period's end, the city first, then each region in
-- circular order (mart_problem_resolution). No rows when the period has no ledger.
-- Parameters: year, period.
SELECT breakdown, subject_name, problems, new_problems, carried_over, resolved, resolved_on_time, open_problems,
       overdue, policy_problems, policy_resolved, resolution_rate_pct
FROM mart_problem_resolution
WHERE year = ? AND period = ? AND breakdown IN ('city', 'region')
ORDER BY breakdown = 'region', sort_order, subject_name;
