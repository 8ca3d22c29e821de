-- 双过半: every target of the year at a period, against the half-year mark at 1-6月 (levels and
-- counts: half the annual target; rates: the first-half target, else the annual one) or, at any
-- other period, against the mart's target to date (a progress view). Verdicts are the mart's, on
-- the exact actual; the figures beside them are rounded only for display (亿元 and other levels to
-- 2 decimals, counts whole (a count's mark may be half of one; a count on pace, count_on_pace, is
-- judged like a rate but printed as a count), rates 1 decimal), so 52.045678 against a mark of 52.05 shows 52.05 and
-- is still not met. number_pattern is the pattern every figure of the row is printed in.
-- The counts for the opening sentence ride on every row.
-- Parameters: year, period.
WITH judged AS (
    SELECT *,
           measure IN ('level', 'count') AS is_level,
           CASE WHEN period = 6 THEN double_half_met ELSE met_to_date END AS met
    FROM mart_target_tracking
    WHERE year = ? AND period = ?
)
SELECT target_id,
       target_name,
       unit,
       measure,
       is_level,
       annual_value,
       CASE WHEN period = 6 AND is_level THEN CAST(round(annual_value * 0.5, 2) AS DECIMAL(38, 2))
            WHEN is_level THEN CAST(round(target_to_date, 2) AS DECIMAL(38, 2))
            ELSE CAST(round(target_to_date, 1) AS DECIMAL(38, 2)) END AS mark,
       -- each branch cast to one type, or DuckDB gives every row the scale of round(actual, 0)
       CASE WHEN measure IN ('count', 'count_on_pace') THEN CAST(round(actual, 0) AS DECIMAL(38, 2))
            WHEN measure = 'level' THEN CAST(round(actual, 2) AS DECIMAL(38, 2))
            ELSE CAST(round(actual, 1) AS DECIMAL(38, 2)) END AS actual_shown,
       completion_pct,
       time_progress_pct,
       met,
       CASE WHEN measure IN ('count', 'count_on_pace') THEN '#,##0.##' WHEN measure = 'level' THEN '#,##0.00'
            ELSE '0.0' END AS number_pattern,
       count(*) OVER () AS target_count,
       count(*) FILTER (WHERE met) OVER () AS met_count,
       count(*) FILTER (WHERE NOT met) OVER () AS unmet_count,
       count(*) FILTER (WHERE met IS NULL) OVER () AS no_data_count
FROM judged
ORDER BY CASE subject_type WHEN 'city' THEN 1 WHEN 'cluster' THEN 2 WHEN 'key_group' THEN 3
                           WHEN 'projects' THEN 4 ELSE 5 END,
         target_id;
