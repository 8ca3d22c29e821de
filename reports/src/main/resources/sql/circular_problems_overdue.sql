-- 七、企业问题办理情况: the problems open past their deadline at the period's end, longest overdue
-- first (mart_problem_overdue).
-- Parameters: year, period.
SELECT problem_id, enterprise_name, region_name, category, in_policy_scope, handling_unit, handling_mode, deadline,
       days_overdue
FROM mart_problem_overdue
WHERE year = ? AND period = ?
ORDER BY days_overdue DESC, problem_id;
