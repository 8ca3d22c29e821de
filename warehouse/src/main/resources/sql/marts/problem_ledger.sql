-- 企业问题台账（期末状态）: each problem on the ledger as it stands at the end of each period 1-N月,
-- the state both problem marts read.
--
-- Every month's file carries the problems raised that month and every problem still open at the
-- month's start, each with its state at the month's end; the latest file wins. A problem's state at
-- the end of 1-N月 is therefore its row in the latest file of the year up to month N, and a year's
-- figures need that year's files only (a problem still open at New Year is in January's file again).
--
-- period_end        the period's last day, against which deadlines are judged.
-- region_code       the problem's region by today's code (a retired code's problems under its successor).
CREATE VIEW problem_state AS
WITH periods AS (
    SELECT y.year, CAST(p.period AS INTEGER) AS period
    FROM (SELECT year, max(period) AS last_month FROM fact_enterprise_problem GROUP BY year) AS y,
         range(2, 13) AS p(period)
    WHERE p.period <= y.last_month
)
SELECT p.year, p.period, last_day(make_date(p.year, p.period, 1)) AS period_end,
       f.problem_id, f.credit_code, f.enterprise_name, d.region_code, d.short_name AS region_name, d.sort_order,
       f.raised_date, f.category, f.in_policy_scope, f.description, f.handling_unit, f.handling_mode, f.deadline,
       f.closed_date
FROM periods AS p
JOIN fact_enterprise_problem AS f ON f.year = p.year AND f.period <= p.period
JOIN dim_region AS r ON r.region_code = f.region_code
JOIN dim_region AS d ON d.region_code = r.current_code
QUALIFY row_number() OVER (PARTITION BY p.year, p.period, f.problem_id ORDER BY f.period DESC) = 1;

-- 企业问题办理情况: the ledger at the end of each period 1-N月 (problem_state), for the city, by region
-- and by 承办单位.
--
-- problems          受理问题数: every problem on the year's ledger by the period's end, new and carried over.
-- new_problems      本年新受理: raised in the year.
-- carried_over      上年结转: raised in an earlier year and still open at the year's start.
-- resolved          已办结: closed by the period's end (办理状态 已办结, with its 办结日期).
-- resolved_on_time  按期办结: closed on or before its deadline (办结时限).
-- open_problems     未办结 = problems − resolved.
-- overdue           超期未办结: open at the period's end and its deadline before that day.
-- policy_*          the same, of the problems within policy scope (是否政策范围内 = 是).
-- resolution_rate_pct  政策范围内问题办结率 = policy_resolved / policy_problems × 100 (seed 004: 100%).
-- on_time_rate_pct  按期办结率 = resolved_on_time / resolved × 100.
-- breakdown         city (全市), region (所在县（市、区）, by today's code) or unit (承办单位).
CREATE VIEW mart_problem_resolution AS
WITH judged AS (
    SELECT *,
           closed_date IS NOT NULL AS is_resolved,
           closed_date IS NULL AND deadline < period_end AS is_overdue
    FROM problem_state
),
counted AS (
    SELECT year, period,
           CASE WHEN grouping(region_code) = 0 THEN 'region'
                WHEN grouping(handling_unit) = 0 THEN 'unit'
                ELSE 'city' END AS breakdown,
           coalesce(region_code, handling_unit) AS subject_code,
           coalesce(region_name, handling_unit, '全市') AS subject_name,
           coalesce(sort_order, 0) AS sort_order,
           count(*) AS problems,
           count(*) FILTER (WHERE year(raised_date) = year) AS new_problems,
           count(*) FILTER (WHERE year(raised_date) < year) AS carried_over,
           count(*) FILTER (WHERE is_resolved) AS resolved,
           count(*) FILTER (WHERE closed_date <= deadline) AS resolved_on_time,
           count(*) FILTER (WHERE NOT is_resolved) AS open_problems,
           count(*) FILTER (WHERE is_overdue) AS overdue,
           count(*) FILTER (WHERE in_policy_scope) AS policy_problems,
           count(*) FILTER (WHERE in_policy_scope AND is_resolved) AS policy_resolved,
           count(*) FILTER (WHERE in_policy_scope AND is_overdue) AS policy_overdue
    FROM judged
    GROUP BY GROUPING SETS ((year, period), (year, period, region_code, region_name, sort_order),
                            (year, period, handling_unit))
)
SELECT year, period, period_label(year, period) AS period_label, breakdown, subject_code, subject_name, sort_order,
       problems, new_problems, carried_over, resolved, resolved_on_time, open_problems, overdue,
       policy_problems, policy_resolved, policy_overdue,
       ratio_pct(policy_resolved, policy_problems) AS resolution_rate_pct,
       ratio_pct(resolved_on_time, resolved) AS on_time_rate_pct
FROM counted;

-- 超期未办结问题清单: each problem open past its deadline at the end of 1-N月 (problem_state).
--
-- days_overdue      days from the deadline to the period's last day.
CREATE VIEW mart_problem_overdue AS
SELECT year, period, period_label(year, period) AS period_label,
       problem_id, credit_code, enterprise_name, region_code, region_name,
       category, in_policy_scope, handling_unit, handling_mode, raised_date, deadline,
       CAST(date_diff('day', deadline, period_end) AS INTEGER) AS days_overdue, description
FROM problem_state
WHERE closed_date IS NULL AND deadline < period_end;
